package quanze.api.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import quanze.api.decision.DecisionRepository;
import quanze.api.duty.DutyRepository;
import quanze.api.problem.ApiException;
import quanze.api.problem.Problem;
import quanze.api.security.QuanzeUser;
import quanze.api.township.TownshipRepository;
import quanze.decision.Decision;
import quanze.delegation.Category;
import quanze.delegation.Delegation;
import quanze.engine.Registry;
import quanze.engine.delegation.DelegationEngine;
import quanze.engine.delegation.Receivers;

@RestController
class DelegationController {
    private final DelegationEngine engine;
    private final TownshipRepository townships;
    private final DecisionRepository decisions;
    private final DelegationItemRepository items;
    private final Clock clock;
    private final DutyRepository duties;

    DelegationController(DelegationEngine engine, TownshipRepository townships, DecisionRepository decisions,
                         DelegationItemRepository items, DutyRepository duties, Clock clock) {
        this.duties = duties;
        this.engine = engine;
        this.townships = townships;
        this.decisions = decisions;
        this.items = items;
        this.clock = clock;
    }

    /** Vets one delegation row for one receiver; the decision is stored and returned. */
    @PostMapping("/api/v1/decisions/delegations")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    ResponseEntity<Decision> decide(@RequestBody Delegation body,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                    @AuthenticationPrincipal QuanzeUser user) {
        List<Problem> problems = validate(body);
        if (body != null && body.lastEvaluated() != null && body.lastEvaluated().isAfter(LocalDate.now(clock))) {
            problems.add(Problem.field("lastEvaluated", "最近评估日期" + body.lastEvaluated() + "晚于今天，评估不能发生在将来"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        Registry registry = townships.registry();
        List<Receivers.Receiver> receivers = DelegationEngine.receivers(body, registry);
        if (receivers.size() != 1) {
            throw ApiException.badRequest(List.of(Problem.field("receiver",
                    "一次只审查一个承接主体，多个承接主体请用导入（POST /api/v1/imports?kind=delegations）")));
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        var receiver = receivers.get(0);
        Decision decision = engine.decide(body, registry,
                duties.current(receiver.village() ? List.of() : List.of(receiver.township().code())), date).get(0);
        Decision stored = decisions.save(decision, new DecisionRepository.Meta(
                receiver.village() ? null : receiver.township().code(), body.itemCode(), user.username(), null));
        return DecisionRepository.created(stored);
    }

    /** The township's authority list (赋权事项) from the current imported catalog of its county. */
    @GetMapping("/api/v1/townships/{code}/authorities")
    DelegationItemRepository.Page authorities(@PathVariable String code,
                                              @RequestParam(required = false) Category category,
                                              @RequestParam(required = false) String q,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                              @RequestParam(defaultValue = "0") int page,
                                              @RequestParam(defaultValue = "20") int size) {
        townships.find(code).orElseThrow(() -> ApiException.notFound("没有代码为“" + code + "”的乡镇（街道）"));
        return items.authorities(code, category == null ? null : category.name(), q,
                asOf != null ? asOf : LocalDate.now(clock), Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    /** The required fields of api.md "Delegation", each named when missing. */
    static List<Problem> validate(Delegation d) {
        List<Problem> out = new ArrayList<>();
        if (d == null) {
            return List.of(Problem.field("$", "请求体为空"));
        }
        Problem.require(out, "itemCode", d.itemCode());
        Problem.require(out, "itemName", d.itemName());
        Problem.require(out, "category", d.category());
        Problem.require(out, "fromDepartment", d.fromDepartment());
        Problem.require(out, "receiver", d.receiver());
        Problem.require(out, "mode", d.mode());
        if (d.category() == Category.ADMIN_AFFAIR) {
            out.add(Problem.field("category", "ADMIN_AFFAIR（行政事务）只用于职责准入申请"));
        }
        return out;
    }


}
