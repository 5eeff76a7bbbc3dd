package quanze.api.admission;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
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
import quanze.admission.Admission;
import quanze.api.decision.DecisionRepository;
import quanze.api.duty.DutyRepository;
import quanze.api.delegation.DelegationItemRepository;
import quanze.api.problem.ApiException;
import quanze.api.problem.Problem;
import quanze.api.security.QuanzeUser;
import quanze.api.security.Role;
import quanze.api.township.TownshipRepository;
import quanze.decision.Decision;
import quanze.delegation.Opinion;
import quanze.engine.Registry;
import quanze.engine.admission.AdmissionEngine;

@RestController
class AdmissionController {
    private final AdmissionRequests requests;
    private final AdmissionEngine engine;
    private final TownshipRepository townships;
    private final DelegationItemRepository items;
    private final Clock clock;
    private final DutyRepository duties;

    AdmissionController(AdmissionRequests requests, AdmissionEngine engine, TownshipRepository townships,
                        DelegationItemRepository items, DutyRepository duties, Clock clock) {
        this.duties = duties;
        this.requests = requests;
        this.engine = engine;
        this.townships = townships;
        this.items = items;
        this.clock = clock;
    }

    /** Vets one request as it is, without registering it. */
    @PostMapping("/api/v1/decisions/admissions")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    ResponseEntity<Decision> decide(@RequestBody Admission body,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                    @AuthenticationPrincipal QuanzeUser user) {
        List<Problem> problems = AdmissionValidation.problems(body);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        Registry registry = townships.registry();
        List<String> codes = AdmissionEngine.townshipCodes(body, registry);
        Decision d = engine.decide(body, registry, items.holdings(codes), duties.current(codes),
                asOf != null ? asOf : LocalDate.now(clock));
        return DecisionRepository.created(requests.store(d, body.requestId(), user));
    }

    /** Registers a request for the opinion workflow (EDITORIAL). */
    @PostMapping("/api/v1/admissions")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    ResponseEntity<AdmissionRequests.View> register(@RequestBody Admission body, @AuthenticationPrincipal QuanzeUser user) {
        AdmissionRequests.View view = requests.register(body, user);
        return ResponseEntity.created(URI.create("/api/v1/admissions/" + body.requestId())).body(view);
    }

    /** api.md: a township's opinion on a request addressed to it, with its reason. */
    record OpinionBody(Opinion opinion, String reason) {
    }

    @PostMapping("/api/v1/admissions/{requestId}/opinions")
    AdmissionRequests.View opinion(@PathVariable String requestId, @RequestBody OpinionBody body,
                                   @AuthenticationPrincipal QuanzeUser user) {
        return requests.recordOpinion(requestId, body.opinion(), body.reason(), user);
    }

    @GetMapping("/api/v1/admissions/{requestId}")
    AdmissionRequests.View one(@PathVariable String requestId) {
        return requests.view(requestId).orElseThrow(() -> AdmissionRequests.notFound(requestId));
    }

    /** The requests addressed to a township; a township account sees its own only. */
    @GetMapping("/api/v1/admissions")
    List<AdmissionRequests.View> addressedTo(@RequestParam(required = false) String township,
                                             @AuthenticationPrincipal QuanzeUser user) {
        String code = user.role() == Role.TOWNSHIP ? user.townshipCode() : township;
        if (code == null) {
            throw ApiException.badRequest(List.of(Problem.field("township", "请给出乡镇代码")));
        }
        if (user.role() == Role.TOWNSHIP && township != null && !township.equals(code)) {
            throw ApiException.forbidden("乡镇账号只能查看本乡镇收到的申请");
        }
        return requests.addressedTo(code);
    }
}
