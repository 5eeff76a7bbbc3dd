package quanze.api.org;

import java.time.Clock;
import java.time.LocalDate;
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

@RestController
class OrgController {
    private final OrgEngine engine;
    private final TownshipRepository townships;
    private final DecisionRepository decisions;
    private final Clock clock;

    OrgController(OrgEngine engine, TownshipRepository townships, DecisionRepository decisions, Clock clock) {
        this.engine = engine;
        this.townships = townships;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** A township's bodies (from the registry), secondments, stationed-unit appointments and plaques, judged together. */
    @PostMapping("/api/v1/decisions/org")
    ResponseEntity<Decision> decide(@RequestBody OrgRecord body,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                    @AuthenticationPrincipal QuanzeUser user) {
        if (body == null || body.township() == null) {
            throw ApiException.badRequest(List.of(Problem.field("township", "必填")));
        }
        Registry registry = townships.registry();
        Decision d = engine.decide(body, registry, asOf != null ? asOf : LocalDate.now(clock));
        String code = registry.find(body.township()).orElseThrow().code();
        Decision stored = decisions.save(d, new DecisionRepository.Meta(code, code, user.username(), null));
        return DecisionRepository.created(stored);
    }
}
