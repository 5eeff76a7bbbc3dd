package quanze.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import quanze.catalog.LegalTitles;
import quanze.catalog.StatutoryPower;
import quanze.catalog.Vocabulary;
import quanze.cli.Generate;
import quanze.decision.Citation;
import quanze.decision.Decision;
import quanze.decision.DecisionKind;
import quanze.decision.Finding;
import quanze.decision.Outcome;
import quanze.delegation.Category;
import quanze.delegation.Delegation;
import quanze.delegation.DelegationCase;
import quanze.delegation.Mode;
import quanze.delegation.Opinion;
import quanze.responsibility.DutyItem;
import quanze.responsibility.Matter;
import quanze.responsibility.MatterCase;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.RuleInfo;
import quanze.engine.delegation.DelegationEngine;
import quanze.engine.duty.DutyLists;
import quanze.engine.responsibility.ResponsibilityEngine;
import quanze.importing.DelegationCatalog;
import quanze.importing.ResponsibilityCatalog;
import quanze.importing.TownshipCatalog;
import quanze.profile.ProvinceProfile;
import quanze.township.Township;

/**
 * Province-scale benchmarks of issue #6, each against a baseline measured in the same run; median of
 * three runs after a warm-up. Not part of the normal test run: {@code mvn -B -pl import-tools -Pbench test}.
 * Results are printed and written to target/bench/results.md.
 */
@Tag("bench")
class ProvinceBenchTest {
    static final int TOWNSHIPS = 1500;
    static final int ITEMS = 200;
    static final Path DIR = Path.of("target", "bench");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final int WARM = Integer.getInteger("bench.warm", 8);
    static final int PAIRS = Integer.getInteger("bench.pairs", 7);
    final StringBuilder report = new StringBuilder();

    /**
     * The bench's province in {@link #DIR}, generated (seeded: the same files every time) unless a former run left it:
     * registry and lists, xlsx and CSV.
     */
    static Path generated() {
        if (!Files.exists(DIR.resolve("delegations.xlsx")) || !Files.exists(DIR.resolve("delegations.csv"))) {
            Generate.run(new String[] {"generate", "--townships", String.valueOf(TOWNSHIPS), "--items-per-township",
                    String.valueOf(ITEMS), "--out", DIR.toString()}, System.out, System.err);
        }
        return DIR;
    }

    /** The bench province's township registry, read as an import reads it. */
    static Registry registry(RuleBase rules) throws quanze.sheet.ImportFailure {
        return new Registry(TownshipCatalog.read(generated().resolve("townships.xlsx"), "townships.xlsx",
                rules.parameters().profiles()));
    }

    /** The cases of the parsed delegation rows: each row for each of its receivers, as of {@link #AS_OF}. */
    static List<DelegationCase> cases(DelegationCatalog.Rows parsed, Registry registry) {
        List<DelegationCase> cases = new ArrayList<>(TOWNSHIPS * ITEMS);
        parsed.rows().forEach(r -> cases.addAll(DelegationEngine.cases(r.delegation(), r.receivers(), registry, AS_OF)));
        return cases;
    }

    @Test
    void provinceScale() throws Exception {
        Path delegations = generated().resolve("delegations.xlsx");
        RuleBase rules = RuleBase.load();
        Registry registry = registry(rules);
        int rows = TOWNSHIPS * ITEMS;
        line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, JVM max heap "
                + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MB, " + System.getProperty("java.version"));

        double ours = median(() -> timed(() -> DelegationCatalog.read(delegations, "delegations.xlsx", registry)));
        double bare = median(() -> timed(() -> bareSax(delegations)));
        line(String.format("reader: %,.0f rows/s (read, validate, resolve receivers) vs bare SAX pass %,.0f rows/s; ratio %.2f×",
                rows / ours, rows / bare, ours / bare));

        List<DelegationCase> cases = cases(DelegationCatalog.read(delegations, "delegations.xlsx", registry), registry);
        DelegationEngine engine = new DelegationEngine(rules, Clock.systemUTC());
        // Drools reaches its speed only after several passes (MVEL constraints are compiled to bytecode, then the JIT
        // compiles the network), so both run WARM passes first; then the passes alternate, Drools and plain Java
        // making the same explained decisions, and the ratio is the median of the ratios of each pair of passes:
        // the machine's speed drifts by a quarter within minutes, which would decide a comparison of separate medians.
        int[] denied = new int[2];
        List<List<List<String>>> found = new ArrayList<>(List.of(List.of(), List.of()));
        Task droolsPass = () -> {
            List<Decision> ds = engine.decide(cases);
            denied[0] = (int) ds.stream().filter(d -> d.outcome() == Outcome.DENY).count();
            found.set(0, ruleIds(ds));
        };
        int[] explained = new int[1];
        Task plainPass = () -> {
            List<Decision> ds = plainJavaDecisions(cases, rules);
            explained[0] = (int) ds.stream().filter(d -> d.outcome() == Outcome.DENY).count();
            found.set(1, ruleIds(ds));
        };
        Paired pairs = Paired.measure(droolsPass, plainPass, WARM, PAIRS);
        double plain = median(() -> timed(() -> denied[1] = plainJava(cases)));
        line(String.format("engine: %,.0f decisions/s (Drools, DLG family with the DUTY check, batches on %d cores) vs "
                        + "plain Java making the same explained decisions in parallel %,.0f/s: ratio %.2f× (median of %d "
                        + "paired passes after %d warm-up passes; pairs %s); plain Java counting outcomes %,.0f/s; "
                        + "DENY %d vs %d vs %d",
                cases.size() / middle(pairs.first()), Runtime.getRuntime().availableProcessors(),
                cases.size() / middle(pairs.second()), middle(pairs.ratios()), PAIRS, WARM,
                Arrays.stream(pairs.ratios()).mapToObj(r -> String.format("%.2f", r)).toList(), cases.size() / plain,
                denied[0], denied[1], explained[0]));
        // the implementations decide the same cases: a faster one that finds other things proves nothing
        org.assertj.core.api.Assertions.assertThat(new int[] {denied[1], explained[0]})
                .as("DENY 数：Drools %d，纯 Java 计数 %d，纯 Java 说明 %d", denied[0], denied[1], explained[0])
                .containsOnly(denied[0]);
        org.assertj.core.api.Assertions.assertThat(found.get(1)).as("每个案例的结论规则（纯 Java 说明 对 Drools）")
                .isEqualTo(found.get(0));

        Path jar = Files.list(Path.of("..", "import-tools", "target")).filter(p -> p.toString().endsWith("-cli.jar")).findFirst().orElse(null);
        // -Dbench.e2e=false leaves out the three vet runs (e.g. to profile the in-process figures alone)
        if (jar != null && Files.exists(Path.of("/usr/bin/time")) && !"false".equals(System.getProperty("bench.e2e"))) {
            double[] e2e = new double[3];
            long[] rss = new long[3];
            for (int i = 0; i < 3; i++) {
                Path timeOut = DIR.resolve("time-" + i + ".txt");
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder("/usr/bin/time", "-f", "%M", "-o", timeOut.toString(),
                        Jvm.tool("java"), "-Xmx1g", "-jar", jar.toString(),
                        "vet", "--townships", DIR.resolve("townships.xlsx").toString(), "--delegations", delegations.toString(),
                        "--out", DIR.resolve("report.xlsx").toString(), "--as-of", AS_OF.toString())
                        .redirectErrorStream(true).redirectOutput(DIR.resolve("vet-" + i + ".log").toFile()).start();
                int code = p.waitFor();
                e2e[i] = (System.nanoTime() - t0) / 1e9;
                rss[i] = Long.parseLong(Files.readAllLines(timeOut).get(Files.readAllLines(timeOut).size() - 1).strip());
                if (code != 0) {
                    throw new IllegalStateException("vet exited " + code + ", see " + DIR.resolve("vet-" + i + ".log"));
                }
            }
            Arrays.sort(e2e);
            Arrays.sort(rss);
            line(String.format("end to end: vet of %,d rows × %,d townships (xlsx in, annotated xlsx out) with -Xmx1g: "
                    + "median %.1f s wall (runs %.1f / %.1f / %.1f s), median peak RSS %,d MB", rows, TOWNSHIPS, e2e[1],
                    e2e[0], e2e[1], e2e[2], rss[1] / 1024));
        }
        Files.writeString(DIR.resolve("results.md"), report.toString());
    }

    /**
     * The second family of issue #17 item 1: TER over the province's responsibility list (each matter for each
     * township it applies to), the powers each township holds taken from the DLG decisions on the delegation list.
     * Both implementations start from the same prepared facts and end in the same assembly (decisions and
     * resolutions); between, the rules against plain Java reading the same word table. One session, one core each.
     */
    @Test
    void responsibilityRatio() throws Exception {
        Path delegations = generated().resolve("delegations.xlsx");
        RuleBase rules = RuleBase.load();
        Registry registry = registry(rules);
        DelegationCatalog.Rows parsed = DelegationCatalog.read(delegations, "delegations.xlsx", registry);
        List<Decision> decided = new DelegationEngine(rules, Clock.systemUTC()).decide(cases(parsed, registry));
        List<quanze.engine.PowerHoldings.Entry> held = new ArrayList<>();
        int next = 0;
        for (DelegationCatalog.Row row : parsed.rows()) {
            int n = row.receivers().size();
            quanze.importing.Vetting.holdings(row, decided.subList(next, next + n), held);
            next += n;
        }
        quanze.engine.PowerHoldings powers = new quanze.engine.PowerHoldings(held);
        List<Matter> matters = ResponsibilityCatalog.read(DIR.resolve("responsibilities.xlsx"), "responsibilities.xlsx",
                registry).values();
        ResponsibilityEngine engine = new ResponsibilityEngine(rules, Clock.systemUTC());
        ResponsibilityEngine.Prepared prepared = engine.prepare(matters, registry, powers, DutyLists.EMPTY);
        int cases = prepared.casesByMatter().values().stream().mapToInt(List::size).sum();
        List<List<List<String>>> found = new ArrayList<>(List.of(List.of(), List.of()));
        Task droolsPass = () -> found.set(0, ruleIds(engine.assemble(prepared, engine.evaluate(prepared, AS_OF), registry,
                AS_OF).decisions()));
        Task plainPass = () -> found.set(1, ruleIds(engine.assemble(prepared, plainResponsibility(prepared, rules), registry,
                AS_OF).decisions()));
        int warm = WARM * 4;
        int count = PAIRS * 2 + 1;
        Paired pairs = Paired.measure(droolsPass, plainPass, warm, count);
        long withFindings = found.get(0).stream().filter(ids -> !ids.isEmpty()).count();
        line(String.format("TER: %,d matters, %,d matter-township cases: Drools %,.0f cases/s vs plain Java making the same "
                        + "explained decisions %,.0f cases/s, one core each: ratio %.2f× (median of %d paired passes after "
                        + "%d warm-up passes); %d matters with findings", matters.size(), cases,
                cases / middle(pairs.first()), cases / middle(pairs.second()), middle(pairs.ratios()), count, warm,
                withFindings));
        org.assertj.core.api.Assertions.assertThat(found.get(1)).as("每个事项的结论规则（纯 Java 说明 对 Drools）")
                .isEqualTo(found.get(0));
        Files.writeString(DIR.resolve("results-ter.md"), report.toString());
    }

    /**
     * TER-01 … TER-05 read directly in Java over the prepared facts (with no duty lists imported no DUTY rule can
     * find anything on a matter, so there is nothing to write for them), findings ordered as the engine orders them.
     */
    static java.util.Map<Object, List<Finding>> plainResponsibility(ResponsibilityEngine.Prepared prepared, RuleBase rules) {
        Vocabulary acts = rules.vocabulary("responsibility/acts");
        java.util.Map<String, RuleInfo> info = new java.util.HashMap<>();
        rules.rules().forEach(r -> info.put(r.id(), r));
        java.util.Map<Object, List<Finding>> out = new java.util.IdentityHashMap<>();
        java.util.Map<MatterCase, List<String>> overreach = new java.util.IdentityHashMap<>();
        for (Object f : prepared.facts()) {
            if (f instanceof DutyItem d && acts.names("TER-03", d.getText())) {
                overreach.computeIfAbsent(d.getOwner(), k -> new ArrayList<>()).add(d.getText());
            }
        }
        java.util.function.BiConsumer<Object, Finding> add = (subject, finding) ->
                out.computeIfAbsent(subject, k -> new ArrayList<>()).add(finding);
        for (var e : prepared.casesByMatter().entrySet()) {
            Matter m = e.getKey();
            if (m.primaryUnits().size() != 1) {
                add.accept(m, finding(info, "TER-02", m.primaryUnits().isEmpty() ? "事项没有明确主体责任单位。"
                        : "事项列了" + m.primaryUnits().size() + "个主体责任单位（" + String.join("、", m.primaryUnits()) + "）",
                        "primaryUnits"));
            }
            if (m.legalBasis() == null) {
                add.accept(m, finding(info, "TER-05", "事项未载明依据，建议补充法律法规或政策依据。", "legalBasis"));
            }
            for (MatterCase c : e.getValue()) {
                if (c.isTownshipPrimary() && (!c.getMissingPowers().isEmpty()
                        || c.getLinkedPowers().isEmpty() && acts.names("TER-01", m.matterName()))) {
                    add.accept(c, finding(info, "TER-01", c.getTownship().name() + "未依法取得“" + m.matterName()
                            + "”所需的行政权力，主体责任应由" + c.getPowerHolder() + "承担", "primaryUnits"));
                }
                List<String> over = overreach.get(c);
                if (c.isTownshipCooperating() && !c.isHoldsPower() && over != null) {
                    add.accept(c, finding(info, "TER-03", c.getTownship().name() + "没有相应执法权，配合职责“"
                            + String.join("、", over) + "”超出乡镇权限", "cooperatingDuties"));
                }
                if (c.isHoldsPower() && c.isDepartmentPrimary() && !c.isTownshipPrimary()) {
                    add.accept(c, finding(info, "TER-04", c.getTownship().name() + "已依法取得本事项关联的行政权力（"
                            + String.join("、", c.getLinkedPowers()) + "）", "primaryUnits"));
                }
            }
        }
        out.values().forEach(l -> l.sort(quanze.engine.Evaluation.ORDER));
        return out;
    }

    private static Finding finding(java.util.Map<String, RuleInfo> rules, String id, String message, String field) {
        RuleInfo info = rules.get(id);
        return new Finding(id, info.severity(), message, List.of(field), info.citations());
    }

    void line(String s) {
        System.out.println("[bench] " + s);
        report.append("- ").append(s).append('\n');
    }

    interface Task {
        void run() throws Exception;
    }

    static double timed(Task t) {
        try {
            long t0 = System.nanoTime();
            t.run();
            return (System.nanoTime() - t0) / 1e9;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One warm-up, then the median of three. */
    /**
     * Seconds of each pass of two tasks measured in alternation after {@code warm} warm-up passes of each, and the
     * ratio of each pair: the machine's speed drifts within minutes, a pair's two passes share its moment.
     */
    record Paired(double[] first, double[] second, double[] ratios) {
        static Paired measure(Task first, Task second, int warm, int pairs) {
            for (int i = 0; i < warm; i++) {
                timed(first);
                timed(second);
            }
            Paired p = new Paired(new double[pairs], new double[pairs], new double[pairs]);
            for (int i = 0; i < pairs; i++) {
                p.first[i] = timed(first);
                p.second[i] = timed(second);
                p.ratios[i] = p.first[i] / p.second[i];
            }
            return p;
        }
    }

    /** The median of an odd number of runs. */
    static double middle(double[] runs) {
        double[] sorted = runs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double median(Supplier<Double> run) {
        run.get();
        double[] r = {run.get(), run.get(), run.get()};
        Arrays.sort(r);
        return r[1];
    }

    /** The baseline reader: POI's event model over the same sheet with a handler that does nothing. */
    static void bareSax(Path file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFSheetXMLHandler.SheetContentsHandler nothing = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String ref, String value, XSSFComment comment) {
                }
            };
            var sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLReader parser = SAXHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, nothing,
                            new DataFormatter(), false));
                    parser.parse(new InputSource(in));
                }
            }
        }
    }

    /**
     * The second baseline: what the engine decides — every DLG rule and the DUTY check a delegation meets (DUTY-03:
     * no township keeps lists in this province), each a finding with rule id, severity, a message naming the
     * township, fields and citations — written directly in Java over the same word tables, statutory powers and
     * province profiles as the rules, on the same cores. The bench asserts both make the same findings per case.
     */
    static List<Decision> plainJavaDecisions(List<DelegationCase> cases, RuleBase rules) {
        java.util.Map<String, RuleInfo> info = new java.util.HashMap<>();
        rules.rules().forEach(r -> info.put(r.id(), r));
        List<String> evaluated = new ArrayList<>(rules.ruleIds("DLG"));
        evaluated.addAll(List.of("DUTY-01", "DUTY-02", "DUTY-03", "DUTY-04", "DUTY-05"));
        List<String> rulesEvaluated = List.copyOf(evaluated);
        Vocabulary traits = rules.vocabulary("delegation/category-traits");
        Vocabulary terms = rules.vocabulary("delegation/enforcement-terms");
        Vocabulary forms = rules.vocabulary("delegation/legal-forms");
        Vocabulary temporary = rules.vocabulary("duty/temporary-bodies");
        List<StatutoryPower> powers = rules.tables().stream().filter(StatutoryPower.class::isInstance)
                .map(StatutoryPower.class::cast).toList();
        java.util.Map<String, ProvinceProfile> profiles = new java.util.concurrent.ConcurrentHashMap<>();
        java.time.Instant now = java.time.Instant.now();
        return cases.parallelStream().map(c -> {
            Delegation d = c.getDelegation();
            Category cat = d.category();
            String label = c.getCategoryLabel();
            Township t = c.getTownship();
            ProvinceProfile profile = profiles.computeIfAbsent(c.getProfile() + c.getAsOf(),
                    k -> rules.parameters().profile(c.getProfile(), c.getAsOf()));
            List<Finding> fs = new ArrayList<>(2);
            java.util.function.BiConsumer<String, String> raise = (id, message) -> fs.add(new Finding(id,
                    info.get(id).severity(), message, List.of("itemName"), info.get(id).citations()));
            if (d.legalBasis() == null) raise.accept("DLG-01", "本事项未载明设定依据。");
            if (c.isVillageReceiver() && traits.is(label, "行政权力", c.getProfile())) raise.accept("DLG-02", "承接主体“" + d.receiver() + "”是村（居）民委员会");
            if (cat == Category.COERCION && d.mode() == Mode.ENTRUST) raise.accept("DLG-03", "行政强制措施权不得委托");
            if (t != null) {
                String tag = cat == Category.PENALTY ? "处罚外" : "强制执行";
                if (terms.names(tag, c.getNameText()) && powers.stream().noneMatch(p -> p.citedBy(c.getBasisText()))) {
                    raise.accept("DLG-04", "事项名称载明“" + String.join("、", terms.found(tag, c.getNameText())) + "”");
                }
            }
            if (d.mode() == Mode.DEVOLVE && traits.is(label, "省级决定", c.getProfile())) {
                String doc = d.provincialDecisionDoc();
                String folded = doc == null ? null : quanze.catalog.Text.normalise(doc).replace(" ", "");
                if (folded == null || profile.firstIn("省级决定文号", folded) == null && profile.firstIn("省级人大常委会", folded) == null) {
                    raise.accept("DLG-05", cat.label() + "权交由乡镇行使须有省级人民政府的决定，" + (doc == null ? "未载明" : "“" + doc + "”"));
                }
            }
            if (cat == Category.PENALTY && d.mode() == Mode.ENTRUST && d.entrustmentDoc() == null) raise.accept("DLG-06", "缺书面委托书");
            if (t != null && (t.certifiedOfficers() < 2 || !t.enforcementTeam()) && traits.is(label, "执法类", c.getProfile()))
                raise.accept("DLG-07", t.name() + "现有持证执法人员" + t.certifiedOfficers() + "人" + (t.enforcementTeam() ? "" : "、未组建"));
            if (d.townshipOpinion() == Opinion.DISAGREE) raise.accept("DLG-08", "承接意见为不同意");
            if (d.townshipOpinion() == null || d.townshipOpinion() == Opinion.NOT_ASKED) raise.accept("DLG-09", "未征求承接乡镇意见");
            if (d.support().isEmpty()) raise.accept("DLG-10", "人财物未随事转");
            if (Boolean.FALSE.equals(d.published())) raise.accept("DLG-11", "赋权决定未公布");
            if (Boolean.FALSE.equals(d.inGuidanceCatalog()) && profile.value("赋权指导目录").isPresent())
                raise.accept("DLG-12", "本事项不在" + profile.value("赋权指导目录").get() + "内");
            int years = profile.integer("赋权评估周期（年）", 2);
            if (cat == Category.PENALTY && d.mode() == Mode.DEVOLVE && !c.evaluatedWithin(years))
                raise.accept("DLG-13", d.lastEvaluated() == null ? "没有评估记录" : "最近评估于" + d.lastEvaluated() + "，已超过" + years + "年");
            if (d.mode() == Mode.ENTRUST && Boolean.TRUE.equals(d.reEntrust())) raise.accept("DLG-14", "不得再委托");
            if (d.mode() == Mode.AUTHORIZE && !LegalTitles.authorises(d.legalBasis(), forms))
                raise.accept("DLG-15", "本事项依据" + (d.legalBasis() == null ? "为空" : "“" + d.legalBasis() + "”"));
            if (cat == Category.LICENSING && d.mode() == Mode.DEVOLVE && d.provincialDecisionDoc() == null)
                raise.accept("DLG-16", "请核实本事项属于哪一种合法途径");
            if (t != null) {
                for (StatutoryPower p : powers) {
                    if (p.describes(c.getBasisText(), c.getNameText())) {
                        fs.add(new Finding("DLG-17", info.get("DLG-17").severity(), "“" + p.articleText() + "”（" + p.title()
                                + "）：不是" + (d.fromDepartment() == null ? "县级部门" : d.fromDepartment()) + "下放的权力",
                                List.of("legalBasis", "fromDepartment"), CITED.computeIfAbsent(p.source(), Citation::parseAll)));
                    }
                }
                if (d.fromDepartment() != null && temporary.names("DUTY-03", d.fromDepartment()))
                    raise.accept("DUTY-03", "以“" + d.fromDepartment() + "”名义将职责交由乡镇");
            }
            fs.sort(quanze.engine.Evaluation.ORDER);
            return new Decision(null, DecisionKind.DELEGATION, DecisionKind.DELEGATION.outcomeOf(fs), fs, rulesEvaluated,
                    rules.version(), now, c.getAsOf(), List.of(), d, null);
        }).toList();
    }

    private static final java.util.Map<String, List<Citation>> CITED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The rule ids each decision found, in case order: how the bench checks two implementations decide alike. */
    static List<List<String>> ruleIds(List<Decision> decisions) {
        return decisions.stream().map(d -> d.findings().stream().map(Finding::ruleId).sorted().toList()).toList();
    }

    static int plainJava(List<DelegationCase> cases) {
        int denied = 0;
        for (DelegationCase c : cases) {
            Delegation d = c.getDelegation();
            Category cat = d.category();
            boolean enforcement = cat == Category.PENALTY || cat == Category.COERCION || cat == Category.INSPECTION;
            boolean power = cat != Category.PUBLIC_SERVICE && cat != Category.ADMIN_AFFAIR;
            boolean blocking = d.legalBasis() == null
                    || (c.isVillageReceiver() && power)
                    || (cat == Category.COERCION && d.mode() == Mode.ENTRUST)
                    || (cat == Category.COERCION && c.getTownship() != null && d.mentions("强制执行"))
                    || (cat == Category.PENALTY && d.mode() == Mode.DEVOLVE && d.provincialDecisionDoc() == null)
                    || (cat == Category.PENALTY && d.mode() == Mode.ENTRUST && d.entrustmentDoc() == null)
                    || (enforcement && c.getTownship() != null
                        && (c.getTownship().certifiedOfficers() < 2 || !c.getTownship().enforcementTeam()))
                    || d.townshipOpinion() == Opinion.DISAGREE
                    || (d.mode() == Mode.ENTRUST && Boolean.TRUE.equals(d.reEntrust()));
            boolean correctable = d.townshipOpinion() == null || d.townshipOpinion() == Opinion.NOT_ASKED
                    || d.support().isEmpty() || Boolean.FALSE.equals(d.published())
                    || Boolean.FALSE.equals(d.inGuidanceCatalog());
            boolean advisory = cat == Category.PENALTY && d.mode() == Mode.DEVOLVE && (d.lastEvaluated() == null
                    || d.lastEvaluated().plusYears(2).isBefore(c.getAsOf()));
            if (blocking) {
                denied++;
            } else if (correctable || advisory) {
                denied += 0;
            }
        }
        return denied;
    }

}
