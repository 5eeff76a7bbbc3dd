package quanze.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quanze.decision.Outcome;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.admission.AdmissionEngine;
import quanze.engine.PowerHoldings;
import quanze.engine.burden.BurdenEngine;
import quanze.engine.delegation.DelegationEngine;
import quanze.importing.AdmissionCatalog;
import quanze.importing.BurdenCatalog;
import quanze.importing.CatalogKind;
import quanze.importing.DelegationCatalog;
import quanze.importing.ResponsibilityCatalog;
import quanze.importing.OrgCatalogs;
import quanze.importing.CatalogReader;
import quanze.importing.DutyCatalog;
import quanze.engine.duty.DutyLists;
import quanze.engine.org.OrgEngine;
import quanze.engine.responsibility.ResponsibilityEngine;
import quanze.importing.TownshipCatalog;
import quanze.importing.Vetting;
import quanze.report.AnnotatedReport;
import quanze.sheet.ImportFailure;
import quanze.sheet.ImportProblem;

/**
 * {@code vet --townships T [--delegations D] [--admissions A] [--burdens B] --out report.xlsx [--as-of date]}:
 * imports the lists, decides every row, writes the annotated report of each list and prints one
 * line per outcome. With several lists the reports are named report-delegations.xlsx and so on.
 * Exit 0 on success, 2 on import errors (each listed), 1 on anything else.
 */
public final class Vet {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int IMPORT_ERRORS = 2;
    static final String USAGE = "用法：vet --townships 乡镇名册.xlsx [--delegations 赋权事项清单.xlsx] "
            + "[--responsibilities 属地管理清单.xlsx] [--admissions 职责准入申请.xlsx] [--burdens 清理表.xlsx] "
            + "[--secondments 借调人员表.xlsx] [--appointments 派驻机构负责人任免表.xlsx] [--plaques 挂牌机构表.xlsx] "
            + "[--duties 履职事项清单.xlsx] [--county 清理表所属县] "
            + "--out 审查报告.xlsx [--as-of yyyy-MM-dd]";
    private static final List<String> LISTS = List.of("delegations", "responsibilities", "admissions", "burdens",
            "secondments", "appointments", "plaques");
    /** The organisation sheets of docs/formats-org.md, each judged row by row by the ORG rules. */
    private interface OrgSheet {
        CatalogReader.Rows<?> read(Path file, String fileName, Registry registry) throws ImportFailure;
    }

    private static final Map<String, OrgSheet> ORG_SHEETS = Map.of(
            "secondments", OrgCatalogs::secondments, "appointments", OrgCatalogs::appointments,
            "plaques", OrgCatalogs::plaques);

    private Vet() {
    }

    public static void main(String[] args) {
        System.setProperty("logback.configurationFile", "quanze-cli-logback.xml");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(args.length > 0 && args[0].equals("generate") ? Generate.run(args, out, err) : run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("vet") && i == 0) {
                continue;
            }
            if (!a.startsWith("--") || i + 1 >= args.length) {
                err.println(USAGE);
                return FAILED;
            }
            options.put(a.substring(2), args[++i]);
        }
        List<String> lists = LISTS.stream().filter(options::containsKey).toList();
        if (!options.containsKey("out") || lists.isEmpty()) {
            err.println((options.containsKey("out") ? "至少给出一个清单（--delegations、--responsibilities、--admissions 或 --burdens）。"
                    : "缺少参数 --out。") + USAGE);
            return FAILED;
        }
        if (!options.containsKey("townships") && !lists.equals(List.of("burdens"))) {
            err.println("缺少参数 --townships：赋权事项、属地管理和职责准入清单要按乡镇名册核对乡镇。" + USAGE);
            return FAILED;
        }
        try {
            LocalDate asOf = options.containsKey("as-of") ? LocalDate.parse(options.get("as-of")) : LocalDate.now();
            RuleBase rules = RuleBase.load();
            Clock clock = Clock.systemUTC();
            Map<String, Vetting.Result> results = new LinkedHashMap<>();
            try {
                Registry registry = Registry.empty();
                if (options.containsKey("townships")) {
                    Path t = Path.of(options.get("townships"));
                    registry = new Registry(TownshipCatalog.read(t, t.getFileName().toString(), rules.parameters().profiles()));
                }
                DutyLists duties = DutyLists.EMPTY;
                if (options.containsKey("duties")) {
                    // the three duty lists are data the delegation and admission checks read (DUTY), not a list to report on
                    Path f = file(options, "duties");
                    duties = new DutyLists(DutyCatalog.read(f, f.getFileName().toString(), registry).values());
                }
                PowerHoldings holdings = PowerHoldings.NONE;
                if (lists.contains("delegations")) {
                    Path d = file(options, "delegations");
                    DelegationCatalog.Rows rows = DelegationCatalog.read(d, d.getFileName().toString(), registry);
                    Vetting.Result r = Vetting.delegations(rows, registry, new DelegationEngine(rules, clock), duties, asOf);
                    holdings = Vetting.holdings(rows, r);
                    results.put("delegations", r);
                }
                if (lists.contains("responsibilities")) {
                    // cross-list: who holds which power comes from the delegation list vetted just above
                    Path m = file(options, "responsibilities");
                    results.put("responsibilities", Vetting.responsibilities(
                            ResponsibilityCatalog.read(m, m.getFileName().toString(), registry), registry, holdings,
                            new ResponsibilityEngine(rules, clock), duties, asOf));
                }
                if (lists.contains("admissions")) {
                    Path a = file(options, "admissions");
                    results.put("admissions", Vetting.admissions(AdmissionCatalog.read(a, a.getFileName().toString(), registry),
                            registry, holdings, new AdmissionEngine(rules, clock), duties, asOf));
                }
                OrgEngine org = new OrgEngine(rules, clock);
                for (String kind : lists.stream().filter(ORG_SHEETS::containsKey).toList()) {
                    Path f = file(options, kind);
                    results.put(kind, Vetting.orgItems(ORG_SHEETS.get(kind).read(f, f.getFileName().toString(), registry),
                            registry, org, asOf));
                }
                if (lists.contains("burdens")) {
                    Path b = file(options, "burdens");
                    results.put("burdens", Vetting.burdens(BurdenCatalog.read(b, b.getFileName().toString()), registry,
                            options.get("county"), new BurdenEngine(rules, clock), asOf));
                }
            } catch (ImportFailure failure) {
                err.println("导入失败，共" + failure.problems().size() + "个问题：");
                for (ImportProblem p : failure.problems()) {
                    err.println("  " + p.display());
                }
                return IMPORT_ERRORS;
            }
            out.println("评估日期 " + asOf + "，规则版本 " + rules.version().substring(0, 19));
            for (var e : results.entrySet()) {
                Path source = file(options, e.getKey());
                Path report = reportPath(Path.of(options.get("out")), e.getKey(), results.size());
                Vetting.Result r = e.getValue();
                try (OutputStream o = Files.newOutputStream(report)) {
                    AnnotatedReport.write(source, source.getFileName().toString(), r.sheet(), r.headerRow(),
                            r.verdicts(), rules.rules(), o);
                }
                out.println(CatalogKind.of(e.getKey()).orElseThrow().title() + "：已审查 " + r.rows() + " 行（" + r.decisions().size() + " 项决定）");
                List<String> lines = new ArrayList<>();
                for (Outcome o : r.kind().outcomes()) {
                    lines.add(o.name() + " " + o.label() + "：" + r.verdicts().rowsByOutcome().getOrDefault(o, 0) + " 行");
                }
                lines.forEach(out::println);
                out.println("报告已写入 " + report.toAbsolutePath());
            }
            return OK;
        } catch (DateTimeParseException e) {
            err.println("--as-of 应为日期，如 2026-11-23");
            return FAILED;
        } catch (Exception e) {
            err.println("审查失败：" + e.getMessage());
            return FAILED;
        }
    }

    private static Path file(Map<String, String> options, String kind) {
        return Path.of(options.get(kind));
    }

    /** One list: the report is --out itself; several: --out with the kind before the extension. */
    static Path reportPath(Path out, String kind, int lists) {
        if (lists == 1) {
            return out;
        }
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return out.resolveSibling(base + "-" + kind + ".xlsx");
    }
}
