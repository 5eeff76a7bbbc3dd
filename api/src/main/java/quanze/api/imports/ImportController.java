package quanze.api.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import quanze.api.decision.DecisionQueries;
import quanze.api.problem.ApiException;
import quanze.api.township.TownshipRepository;
import quanze.decision.Citation;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.RuleInfo;
import quanze.township.Township;
import quanze.api.security.QuanzeUser;
import quanze.sheet.ImportFailure;

@RestController
@RequestMapping("/api/v1/imports")
class ImportController {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final ImportService importing;
    private final ImportJobs jobs;
    private final Imports imports;
    private final DecisionQueries decisions;
    private final TownshipRepository townships;
    private final RuleBase rules;

    ImportController(ImportService importing, ImportJobs jobs, Imports imports, DecisionQueries decisions, TownshipRepository townships,
                     RuleBase rules) {
        this.importing = importing;
        this.jobs = jobs;
        this.imports = imports;
        this.decisions = decisions;
        this.townships = townships;
        this.rules = rules;
    }

    /** The latest imports, newest first (the web page's list). */
    @GetMapping
    List<ImportSummary> latest(@RequestParam(defaultValue = "20") int limit) {
        return imports.latest(Math.max(1, Math.min(limit, 200)));
    }

    /** A rule that found something in the import: with its severity, title and clauses. */
    record RuleTally(String ruleId, String severity, String title, List<Citation> citations, int rows, int findings) {
    }

    record TownshipTally(String code, String name, Map<String, Integer> byRule, int findings) {
    }

    /** One decision on a sheet row: a delegation row has one per receiving township. */
    record RowFindings(Integer row, String township, String townshipName, String subject, String subjectName, String outcome,
                       String decisionId,
                       @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @io.swagger.v3.oas.annotations.media.Schema(
                               implementation = quanze.decision.Finding.class)) JsonNode findings) {
    }

    record RowPage(List<RowFindings> items, int page, int size, long total) {
    }

    record ImportFindings(ImportSummary summary, List<RuleTally> byRule, List<TownshipTally> byTownship, RowPage rows) {
    }

    /**
     * What the import found: per rule (rows and findings), per township, and the decisions row by row,
     * optionally only those with a finding of {@code ruleId} or with one {@code outcome}.
     */
    @GetMapping("/{id}/findings")
    ImportFindings findings(@PathVariable String id, @RequestParam(required = false) String ruleId,
                            @RequestParam(required = false) String outcome,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ImportSummary summary = imports.find(id).orElseThrow(() -> notFound(id));
        int pageSize = Math.max(1, Math.min(size, 500));
        int pageNo = Math.max(0, page);
        Registry registry = townships.registry();
        FindingTally.Result tally = imports.tally(id);
        List<RuleTally> byRule = tally.byRule().stream().map(r -> {
            // a stored import may name a rule a later rule set no longer has
            RuleInfo info = rules.rules().stream().filter(x -> x.id().equals(r.ruleId())).findFirst().orElse(null);
            return new RuleTally(r.ruleId(), info == null ? null : info.severity().name(), info == null ? r.ruleId() : info.title(),
                    info == null ? List.of() : info.citations(), r.rows(), r.findings());
        }).toList();
        List<TownshipTally> byTownship = tally.byTownship().stream().map(t -> new TownshipTally(t.township(),
                registry.find(t.township()).map(Township::name).orElse(t.township()), t.byRule(), t.findings())).toList();
        String rule = ruleId == null || ruleId.isBlank() ? null : ruleId.strip();
        String out = outcome == null || outcome.isBlank() ? null : outcome.strip();
        List<DecisionQueries.RowDecision> found = rule == null && out == null && !tally.byOutcome().isEmpty()
                ? worstFirst(id, tally.byOutcome(), (long) pageNo * pageSize, pageSize)
                : decisions.ofImport(id, rule, out, pageNo, pageSize);
        List<RowFindings> rows = found.stream()
                .map(d -> new RowFindings(d.rowNumber(), d.townshipCode(),
                        d.townshipCode() == null ? null : registry.find(d.townshipCode()).map(Township::name).orElse(null),
                        d.subject(), nameOf(d.body().path("input")), d.body().path("outcome").asText(),
                        d.body().path("id").asText(), d.body().path("findings")))
                .toList();
        Long total = tally.matching(rule, out);
        return new ImportFindings(summary, byRule, byTownship,
                new RowPage(rows, pageNo, pageSize, total != null ? total : decisions.countOfImport(id, rule, out)));
    }

    /**
     * Imports a catalog and answers with its summary once it is stored (201), as api.md says. With
     * {@code Prefer: respond-async} (RFC 7240) it answers at once instead — 202, the import's id, state RUNNING — and
     * imports in the background; {@code GET /api/v1/imports/{id}} then tells how far it has got, and its outcome.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "202", description = "已受理，在后台导入（请求头 Prefer: respond-async）",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ImportSummary.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "已导入并审查",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ImportSummary.class)))
    ResponseEntity<ImportSummary> upload(@RequestParam String kind, @RequestPart("file") MultipartFile file,
                                         @RequestParam(required = false) String county,
                                         @RequestHeader(value = "Prefer", required = false) String prefer,
                                         @AuthenticationPrincipal QuanzeUser user) throws ImportFailure, IOException {
        // control characters (a NUL above all) in a file name are no part of it; the database keeps the rest
        String given = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().replaceAll("\\p{Cntrl}", "");
        String name = given.isBlank() ? "upload" : given;
        try (InputStream in = file.getInputStream()) {
            if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
                ImportSummary job = jobs.submit(kind, name, in, user.username(), county);
                return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id()))
                        .header("Preference-Applied", "respond-async").body(job);
            }
            ImportSummary summary = importing.importFile(kind, name, in, user.username(), county);
            return ResponseEntity.created(URI.create("/api/v1/imports/" + summary.id())).body(summary);
        }
    }

    /** A stored import's summary; an import running in the background, its progress or why it failed. */
    @GetMapping("/{id}")
    ImportSummary one(@PathVariable String id) {
        return imports.find(id).or(() -> jobs.find(id)).orElseThrow(() -> notFound(id));
    }

    /** The annotated workbook of formats.md. */
    @GetMapping("/{id}/report")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "批注后的工作簿", content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> report(@PathVariable String id) {
        ImportSummary summary = imports.find(id).orElseThrow(() -> notFound(id));
        byte[] report = imports.report(id).orElseThrow(() -> ApiException.notFound("“" + summary.kind()
                + "”导入没有审查报告：履职事项清单只登记，供审查其他清单时对照"));
        String base = summary.fileName().replaceAll("\\.(xlsx|csv|txt)$", "");
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("审查报告-" + base + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(report);
    }

    /**
     * One page of an import's decisions leading with what needs action (issue #18): those its kind may not let
     * through, then those to be corrected, then the rest, each group in row order — read group by group through the
     * outcome index, with the tally's counts telling where the page starts.
     */
    private List<DecisionQueries.RowDecision> worstFirst(String id, Map<String, Long> byOutcome, long offset, int limit) {
        List<String> order = byOutcome.keySet().stream()
                .sorted(java.util.Comparator.comparingInt((String o) -> -rank(o)).thenComparing(o -> o)).toList();
        List<DecisionQueries.RowDecision> out = new java.util.ArrayList<>();
        long skip = offset;
        for (String outcome : order) {
            long n = byOutcome.get(outcome);
            if (skip >= n) {
                skip -= n;
                continue;
            }
            out.addAll(decisions.ofImport(id, outcome, skip, limit - out.size()));
            skip = 0;
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    /** 2 for an outcome that stops (不得下放, 不予准入, 应予取消, 不合规), 1 for one to correct, 0 for the rest. */
    private static int rank(String outcome) {
        for (quanze.decision.DecisionKind kind : quanze.decision.DecisionKind.values()) {
            int at = kind.outcomes().stream().map(Enum::name).toList().indexOf(outcome);
            if (at >= 0) {
                return at;
            }
        }
        return 0;
    }

    /** What the row is about, in words: the item, matter, task or clean-up item's name beside its code. */
    private static String nameOf(JsonNode input) {
        for (String field : List.of("itemName", "matterName", "taskName", "name")) {
            if (input.hasNonNull(field)) {
                return input.get(field).asText();
            }
        }
        return null;
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("没有编号为“" + id + "”的导入");
    }
}
