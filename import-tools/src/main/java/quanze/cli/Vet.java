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
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import quanze.decision.Outcome;
import quanze.duty.ListItem;
import quanze.engine.PowerHoldings;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.duty.DutyLists;
import quanze.importing.CatalogContext;
import quanze.importing.CatalogKind;
import quanze.importing.Engines;
import quanze.importing.Pipeline;
import quanze.importing.Progress;
import quanze.importing.TownshipCatalog;
import quanze.importing.Vetted;
import quanze.importing.Vetting;
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
    /** The lists it reports on: every kind but the registry and the duty lists, which are what the others are judged by. */
    private static final List<CatalogKind> LISTS = Arrays.stream(CatalogKind.values())
            .filter(k -> k != CatalogKind.TOWNSHIPS && k != CatalogKind.DUTIES).toList();
    static final String USAGE = "用法：vet --townships 乡镇名册.xlsx "
            + LISTS.stream().map(k -> "[--" + k.code() + " " + k.title() + ".xlsx]").collect(Collectors.joining(" "))
            + " [--duties 履职事项清单.xlsx] [--county 所属县] --out 审查报告.xlsx [--as-of yyyy-MM-dd]";

    private Vet() {
    }

    public static void main(String[] args) {
        System.setProperty("logback.configurationFile", "quanze-cli-logback.xml");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(args.length > 0 && args[0].equals("generate") ? Generate.run(args, out, err) : run(args, out, err));
    }

    /** Runs {@code vet} with these arguments; the exit code, as {@link #main} would exit with. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
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
        List<CatalogKind> lists = LISTS.stream().filter(k -> options.containsKey(k.code())).toList();
        if (!options.containsKey("out") || lists.isEmpty()) {
            err.println((options.containsKey("out") ? "至少给出一个清单（--delegations、--responsibilities、--admissions 或 --burdens）。"
                    : "缺少参数 --out。") + USAGE);
            return FAILED;
        }
        if (!options.containsKey("townships") && !lists.equals(List.of(CatalogKind.BURDENS))) {
            err.println("缺少参数 --townships：赋权事项、属地管理和职责准入清单要按乡镇名册核对乡镇。" + USAGE);
            return FAILED;
        }
        try {
            LocalDate asOf = options.containsKey("as-of") ? LocalDate.parse(options.get("as-of")) : LocalDate.now();
            RuleBase rules = RuleBase.load();
            Engines engines = Engines.of(rules, Clock.systemUTC());
            String county = options.get("county");
            Map<CatalogKind, Vetted> results = new LinkedHashMap<>();
            try {
                GivenFiles context = new GivenFiles();
                if (options.containsKey("townships")) {
                    Path t = file(options, "townships");
                    context.registry = new Registry(TownshipCatalog.read(t, t.getFileName().toString(), rules.parameters().profiles()));
                }
                if (options.containsKey("duties")) {
                    Path f = file(options, "duties");
                    context.duties = new DutyLists(Pipeline.vet(CatalogKind.DUTIES, f, f.getFileName().toString(), context,
                            engines, county, asOf).values(ListItem.class));
                }
                // in CatalogKind's order: who holds which power (ADM-03, TER) comes from the delegation list vetted
                // first, kept only when a list that needs it follows; the rows themselves are not kept (a list may
                // be a nation's: vetStreamed)
                boolean holdingsNeeded = lists.contains(CatalogKind.ADMISSIONS) || lists.contains(CatalogKind.RESPONSIBILITIES);
                for (CatalogKind kind : lists) {
                    Path f = file(options, kind.code());
                    Progress progress = TerminalProgress.forList(kind.title(), err);
                    List<PowerHoldings.Entry> holdings = new ArrayList<>();
                    Vetted v;
                    try {
                        v = Pipeline.vetStreamed(kind, f, f.getFileName().toString(), context, engines, county, asOf,
                                progress, (row, decisions, about) -> {
                                    if (holdingsNeeded) {
                                        Vetting.holdings(row, decisions, holdings);
                                    }
                                });
                    } finally {
                        TerminalProgress.close(progress);
                    }
                    if (kind == CatalogKind.DELEGATIONS) {
                        context.holdings = new PowerHoldings(holdings);
                    }
                    results.put(kind, v);
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
                Path source = file(options, e.getKey().code());
                Path report = reportPath(Path.of(options.get("out")), e.getKey().code(), results.size());
                Vetting.Result r = e.getValue().result();
                try (OutputStream o = Files.newOutputStream(report); var verdicts = r.verdicts()) {
                    Pipeline.annotate(e.getValue(), source, source.getFileName().toString(), engines, o);
                }
                out.println(e.getKey().title() + "：已审查 " + e.getValue().rows() + " 行（" + r.verdicts().decisions() + " 项决定）");
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
        } catch (Pipeline.UnknownCounty e) {
            err.println("--county：" + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println("审查失败：" + e.getMessage());
            return FAILED;
        }
    }

    /** The lists judged against: the registry and duty lists given, the holdings of the delegation list vetted. */
    private static final class GivenFiles implements CatalogContext {
        Registry registry = Registry.empty();
        DutyLists duties = DutyLists.EMPTY;
        PowerHoldings holdings = PowerHoldings.NONE;

        @Override
        public Registry registry() {
            return registry;
        }

        @Override
        public DutyLists duties(Collection<String> townshipCodes) {
            return duties;
        }

        @Override
        public PowerHoldings holdings(Collection<String> townshipCodes) {
            return holdings;
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
