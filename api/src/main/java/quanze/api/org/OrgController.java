package quanze.api.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import quanze.api.decision.DecisionRepository;
import quanze.api.problem.ApiException;
import quanze.api.problem.Problem;
import quanze.api.security.QuanzeUser;
import quanze.api.township.TownshipRepository;
import quanze.decision.Decision;
import quanze.engine.Registry;
import quanze.engine.org.OrgEngine;
import quanze.org.OrgRecord;
import quanze.org.Plaque;
import quanze.org.Secondment;

@RestController
class OrgController {
    private final OrgEngine engine;
    private final TownshipRepository townships;
    private final DecisionRepository decisions;
    private final quanze.api.decision.DecisionQueries queries;
    private final Clock clock;

    OrgController(OrgEngine engine, TownshipRepository townships, DecisionRepository decisions, quanze.api.decision.DecisionQueries queries, Clock clock) {
        this.engine = engine;
        this.townships = townships;
        this.decisions = decisions;
        this.queries = queries;
        this.clock = clock;
    }

    /** A township's bodies (from the registry), secondments, stationed-unit appointments and plaques, judged together. */
    @PostMapping("/api/v1/decisions/org")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    ResponseEntity<Decision> decide(@RequestBody OrgRecord body,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                    @AuthenticationPrincipal QuanzeUser user) {
        List<Problem> problems = problems(body);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        Registry registry = townships.registry();
        String code = registry.find(body.township()).map(quanze.township.Township::code).orElse(null);
        // ORG-05 adds a person's days up over the secondments on record too (the county's current secondment list)
        List<Secondment> stored = code == null ? List.of() : queries.currentInputs("secondments", code, Secondment.class);
        Decision d = engine.decide(body, registry, stored, asOf != null ? asOf : LocalDate.now(clock));
        Decision saved = decisions.save(d, new DecisionRepository.Meta(code, code, user.username(), null));
        return DecisionRepository.created(saved);
    }

    /** api.md "Organisation records": what a secondment and a plaque must carry, each named when missing. */
    static List<Problem> problems(OrgRecord body) {
        List<Problem> out = new ArrayList<>();
        if (body == null) {
            return List.of(Problem.field("$", "请求体为空"));
        }
        Problem.require(out, "township", body.township());
        for (int i = 0; i < body.secondments().size(); i++) {
            Secondment s = body.secondments().get(i);
            String at = "secondments[" + i + "]";
            if (s == null) {
                out.add(Problem.field(at, "不能为空"));
                continue;
            }
            Problem.require(out, at + ".person", s.person());
            Problem.require(out, at + ".township", s.township());
            Problem.require(out, at + ".start", s.start());
            if (s.start() != null && s.end() != null && s.end().isBefore(s.start())) {
                out.add(Problem.field(at + ".end", "结束日期" + s.end() + "早于开始日期" + s.start()));
            }
        }
        for (int i = 0; i < body.plaques().size(); i++) {
            Plaque p = body.plaques().get(i);
            if (p == null) {
                out.add(Problem.field("plaques[" + i + "]", "不能为空"));
                continue;
            }
            Problem.require(out, "plaques[" + i + "].name", p.name());
        }
        for (int i = 0; i < body.appointments().size(); i++) {
            if (body.appointments().get(i) == null) {
                out.add(Problem.field("appointments[" + i + "]", "不能为空"));
            }
        }
        return out;
    }
}
