package quanze.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import quanze.decision.Outcome;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.delegation.DelegationEngine;
import quanze.importing.DelegationCatalog;
import quanze.importing.DelegationVetting;
import quanze.importing.TownshipCatalog;
import quanze.profile.ProfileParameter;
import quanze.report.AnnotatedReport;
import quanze.sheet.ImportFailure;
import quanze.sheet.ImportProblem;

/**
 * {@code vet --townships T --delegations D --out report.xlsx [--as-of 2026-11-23]}: imports the
 * registry and the 赋权事项清单, decides every row, writes the annotated report and prints one
 * line per outcome. Exit 0 on success, 2 on import errors (each listed), 1 on anything else.
 */
public final class Vet {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int IMPORT_ERRORS = 2;

    private Vet() {
    }

    public static void main(String[] args) {
        System.setProperty("logback.configurationFile", "quanze-cli-logback.xml");
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("vet") && i == 0) {
                continue;
            }
            if (!a.startsWith("--") || i + 1 >= args.length) {
                err.println("用法：vet --townships 乡镇名册.xlsx --delegations 赋权事项清单.xlsx --out 审查报告.xlsx [--as-of yyyy-MM-dd]");
                return FAILED;
            }
            options.put(a.substring(2), args[++i]);
        }
        for (String required : List.of("townships", "delegations", "out")) {
            if (!options.containsKey(required)) {
                err.println("缺少参数 --" + required
                        + "。用法：vet --townships 乡镇名册.xlsx --delegations 赋权事项清单.xlsx --out 审查报告.xlsx");
                return FAILED;
            }
        }
        try {
            LocalDate asOf = options.containsKey("as-of") ? LocalDate.parse(options.get("as-of")) : LocalDate.now();
            RuleBase rules = RuleBase.load();
            Path townshipFile = Path.of(options.get("townships"));
            Path delegationFile = Path.of(options.get("delegations"));
            var profiles = new TreeSet<String>();
            rules.parameters().rows().stream().map(ProfileParameter::profile).forEach(profiles::add);
            Registry registry;
            DelegationCatalog.Rows rows;
            try {
                registry = new Registry(TownshipCatalog.read(townshipFile, townshipFile.getFileName().toString(), profiles));
                rows = DelegationCatalog.read(delegationFile, delegationFile.getFileName().toString(), registry);
            } catch (ImportFailure failure) {
                err.println("导入失败，共" + failure.problems().size() + "个问题：");
                for (ImportProblem p : failure.problems()) {
                    err.println("  " + p.display());
                }
                return IMPORT_ERRORS;
            }
            var result = DelegationVetting.vet(rows, registry, new DelegationEngine(rules, Clock.systemUTC()), asOf);
            Path report = Path.of(options.get("out"));
            try (OutputStream o = Files.newOutputStream(report)) {
                AnnotatedReport.write(delegationFile, delegationFile.getFileName().toString(), rows.sheet(),
                        rows.headerRow(), result.verdicts(), rules.rules(), o);
            }
            out.println("已审查 " + rows.rows().size() + " 行（" + rows.cases() + " 个承接主体），评估日期 " + asOf
                    + "，规则版本 " + rules.version().substring(0, 19));
            for (Outcome o : List.of(Outcome.ALLOW, Outcome.CORRECT, Outcome.DENY)) {
                out.println(o.name() + " " + o.label() + "：" + result.verdicts().rowsByOutcome().getOrDefault(o, 0) + " 行");
            }
            out.println("报告已写入 " + report.toAbsolutePath());
            return OK;
        } catch (DateTimeParseException e) {
            err.println("--as-of 应为日期，如 2026-11-23");
            return FAILED;
        } catch (ImportFailure e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println("审查失败：" + e.getMessage());
            return FAILED;
        }
    }
}
