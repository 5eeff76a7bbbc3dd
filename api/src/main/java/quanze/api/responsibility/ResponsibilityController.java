package quanze.api.responsibility;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import quanze.api.decision.DecisionRepository;
import quanze.api.delegation.DelegationItemRepository;
import quanze.api.problem.ApiException;
import quanze.api.problem.Problem;
import quanze.api.security.QuanzeUser;
import quanze.api.township.TownshipRepository;
import quanze.decision.Decision;
import quanze.engine.Registry;
import quanze.engine.responsibility.Resolution;
import quanze.engine.responsibility.ResponsibilityEngine;
import quanze.responsibility.Matter;
import quanze.township.Township;

/**
 * 属地管理: who is responsible for a matter in a township, resolved against the delegation list in
 * force, and the cross-list check of a whole county.
 */
@RestController
class ResponsibilityController {
    private final ResponsibilityEngine engine;
    private final MatterRepository matters;
    private final TownshipRepository townships;
    private final DelegationItemRepository items;
    private final DecisionRepository decisions;
    private final ConsistencyReport reports;
    private final Clock clock;
    private final quanze.api.duty.DutyRepository duties;

    ResponsibilityController(ResponsibilityEngine engine, MatterRepository matters, TownshipRepository townships,
                             DelegationItemRepository items, DecisionRepository decisions, ConsistencyReport reports,
                             quanze.api.duty.DutyRepository duties, Clock clock) {
        this.duties = duties;
        this.engine = engine;
        this.matters = matters;
        this.townships = townships;
        this.items = items;
        this.decisions = decisions;
        this.reports = reports;
        this.clock = clock;
    }

    /** Matters where the township is primary or cooperating, optionally of one domain. */
    @GetMapping("/api/v1/townships/{code}/responsibilities")
    List<Resolution> ofTownship(@PathVariable String code, @RequestParam(required = false) String domain) {
        Township t = township(code);
        return resolve(t.county()).of(code).stream()
                .filter(r -> r.role() != Resolution.Role.NONE)
                .filter(r -> domain == null || domain.equals(r.domain()))
                .toList();
    }

    @GetMapping("/api/v1/townships/{code}/responsibilities/{matterCode}")
    Resolution one(@PathVariable String code, @PathVariable String matterCode) {
        Township t = township(code);
        return resolve(t.county()).of(code).stream().filter(r -> r.matterCode().equals(matterCode)).findFirst()
                .orElseThrow(() -> ApiException.notFound(t.name() + "的属地管理清单中没有事项“" + matterCode + "”"));
    }

    record MattersBody(List<Matter> matters) {
    }

    /** api.md: {matters: [...]} → one stored decision per matter. */
    @PostMapping("/api/v1/decisions/responsibilities")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    ResponseEntity<List<Decision>> decide(@RequestBody MattersBody body,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                          @AuthenticationPrincipal QuanzeUser user) {
        List<Problem> problems = new ArrayList<>();
        if (body == null || body.matters() == null || body.matters().isEmpty()) {
            problems.add(Problem.field("matters", "至少给出一个事项"));
        } else {
            for (int i = 0; i < body.matters().size(); i++) {
                Matter m = body.matters().get(i);
                if (m == null) {
                    problems.add(Problem.field("matters[" + i + "]", "不能为空"));
                    continue;
                }
                Problem.require(problems, "matters[" + i + "].matterCode", m.matterCode());
                Problem.require(problems, "matters[" + i + "].domain", m.domain());
                Problem.require(problems, "matters[" + i + "].matterName", m.matterName());
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        Registry registry = townships.registry();
        // only the duty lists of the townships the matters apply to are read, not the province's
        java.util.Set<String> concerned = new java.util.TreeSet<>();
        body.matters().forEach(m -> ResponsibilityEngine.townshipsOf(m, registry).forEach(t -> concerned.add(t.code())));
        List<Decision> made = engine.decide(body.matters(), registry, items.holdings(codes(registry)),
                duties.current(concerned), asOf != null ? asOf : LocalDate.now(clock)).decisions();
        // all or none, in one transaction
        List<Decision> stored = decisions.saveAll(made, made.stream().map(d -> new DecisionRepository.Meta(null,
                ((Matter) d.input()).matterCode(), user.username(), null)).toList());
        return ResponseEntity.created(URI.create("/api/v1/decisions?kind=RESPONSIBILITY")).body(stored);
    }

    /** One township × matter problem of the cross-list check. */
    record MatterProblem(String townshipCode, String township, String matterCode, String matterName, List<String> ruleIds,
                    List<quanze.decision.Finding> findings) {
    }

    record Consistency(String county, int townships, int matters, java.util.Map<String, Integer> outcomes,
                       List<MatterProblem> problems) {
    }

    /** The registry, delegation list and responsibility list of a county checked together. */
    @GetMapping("/api/v1/consistency")
    Consistency consistency(@RequestParam String county) {
        Registry registry = countyRegistry(county);
        ResponsibilityEngine.Result result = resolve(county);
        java.util.Map<String, Integer> outcomes = new java.util.LinkedHashMap<>();
        result.decisions().forEach(d -> outcomes.merge(d.outcome().name(), 1, Integer::sum));
        List<MatterProblem> problems = new ArrayList<>();
        for (Resolution r : result.resolutions()) {
            if (!r.findings().isEmpty()) {
                String name = registry.find(r.townshipCode()).map(Township::name).orElse(r.townshipCode());
                problems.add(new MatterProblem(r.townshipCode(), name, r.matterCode(), r.matterName(), r.ruleIds(), r.findings()));
            }
        }
        return new Consistency(county, registry.size(), result.decisions().size(), outcomes, problems);
    }

    /** The same check as the county's responsibility workbook, annotated. */
    @GetMapping("/api/v1/consistency/report")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "批注后的属地管理清单", content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> consistencyReport(@RequestParam String county) {
        countyRegistry(county);
        String importId = matters.currentImport(county)
                .orElseThrow(() -> ApiException.notFound(county + "还没有导入属地管理事项清单"));
        byte[] report = reports.reannotate(importId, resolve(county).decisions());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("一致性审查-" + county + ".xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(report);
    }

    private ResponsibilityEngine.Result resolve(String county) {
        Registry own = countyRegistry(county);
        return engine.decide(matters.current(county), own, items.holdings(codes(own)), duties.current(codes(own)),
                LocalDate.now(clock));
    }

    private static List<String> codes(Registry registry) {
        return registry.all().stream().map(Township::code).toList();
    }

    private Registry countyRegistry(String county) {
        return townships.county(county).orElseThrow(() -> ApiException.notFound("乡镇名册中没有“" + county + "”"));
    }

    private Township township(String code) {
        return townships.find(code).orElseThrow(() -> ApiException.notFound("没有代码为“" + code + "”的乡镇（街道）"));
    }
}
