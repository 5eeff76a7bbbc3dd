package quanze.api.burden;

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
import quanze.burden.Burden;
import quanze.decision.Decision;
import quanze.engine.burden.BurdenEngine;

@RestController
class BurdenController {
    private final BurdenEngine engine;
    private final DecisionRepository decisions;
    private final Clock clock;
    private final TownshipRepository townships;

    BurdenController(BurdenEngine engine, DecisionRepository decisions, TownshipRepository townships, Clock clock) {
        this.townships = townships;
        this.engine = engine;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Whether a veto, contract, quota, check or assessment on townships must be abolished. */
    @PostMapping("/api/v1/decisions/burdens")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    ResponseEntity<Decision> decide(@RequestBody Burden body,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                    @AuthenticationPrincipal QuanzeUser user) {
        List<Problem> problems = new ArrayList<>();
        if (body == null) {
            problems.add(Problem.field("$", "请求体为空"));
        } else {
            Problem.require(problems, "code", body.code());
            Problem.require(problems, "name", body.name());
            Problem.require(problems, "type", body.type());
            Problem.require(problems, "settingUnit", body.settingUnit());
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        // the body's county selects the province profile (ASM-01, ASM-05); a county the registry does not know is CN
        quanze.engine.Registry registry = body.county() == null ? quanze.engine.Registry.empty()
                : townships.county(body.county()).orElse(quanze.engine.Registry.empty());
        Decision d = engine.decide(body, registry, asOf != null ? asOf : LocalDate.now(clock));
        Decision stored = decisions.save(d, new DecisionRepository.Meta(null, body.code(), user.username(), null));
        return DecisionRepository.created(stored);
    }
}
