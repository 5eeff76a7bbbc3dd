package quanze.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import quanze.admission.Admission;
import quanze.admission.AdmissionCase;
import quanze.burden.Burden;
import quanze.decision.Decision;
import quanze.decision.DecisionKind;
import quanze.engine.Registry;
import quanze.engine.admission.AdmissionEngine;
import quanze.engine.PowerHoldings;
import quanze.engine.burden.BurdenEngine;
import quanze.engine.delegation.DelegationEngine;
import quanze.engine.duty.DutyLists;
import quanze.engine.org.OrgEngine;
import quanze.township.Township;
import quanze.engine.responsibility.ResponsibilityEngine;
import quanze.responsibility.Matter;
import quanze.report.Verdicts;

/** Decides every row of an imported catalog and tallies the verdicts its annotated report shows. */
public final class Vetting {
    private Vetting() {
    }

    /**
     * Whom one decision is about: the township it binds (null for a village or a county-wide list), the code it is
     * stored and searched under (item, matter, request or township code), and the name the report shows beside it.
     */
    public record Subject(String townshipCode, String code, String name) {
    }

    /**
     * The decisions of a catalog, row by row (a delegation row has one per receiver), where the data
     * sheet stood, and what each report row says.
     */
    public record Result(DecisionKind kind, String sheet, int headerRow, List<Integer> rowNumbers,
                         List<List<Decision>> decisionsByRow, List<List<Subject>> subjectsByRow, Verdicts verdicts) {
        public List<Decision> decisions() {
            return decisionsByRow.stream().flatMap(List::stream).toList();
        }

        public int rows() {
            return rowNumbers.size();
        }
    }

    public static Result delegations(DelegationCatalog.Rows rows, Registry registry, DelegationEngine engine,
                                     LocalDate asOf) {
        return delegations(rows, registry, engine, DutyLists.EMPTY, asOf);
    }

    /** As above, each township's item also checked against its duty lists (DUTY). */
    public static Result delegations(DelegationCatalog.Rows rows, Registry registry, DelegationEngine engine,
                                     DutyLists duties, LocalDate asOf) {
        return delegations(rows, registry, engine, duties, asOf, Progress.NONE);
    }

    /** Rows decided per call to the engine when progress is reported: each call still spreads over every core. */
    static final int CHUNK = 20_000;

    /** As above, telling {@code progress} how many rows are decided, a chunk at a time. */
    public static Result delegations(DelegationCatalog.Rows rows, Registry registry, DelegationEngine engine,
                                     DutyLists duties, LocalDate asOf, Progress progress) {
        Builder b = new Builder(DecisionKind.DELEGATION, "乡镇");
        progress.decided(0, rows.rows().size());
        DelegationDecider decider = new DelegationDecider(registry, engine, duties, asOf,
                (row, decisions, about) -> b.add(row.rowNumber(), decisions, about),
                done -> progress.decided(done, rows.rows().size()));
        rows.rows().forEach(decider);
        decider.finish();
        return b.build(rows.sheet(), rows.headerRow(), rows.skipped());
    }

    /** Who lawfully holds which power by a vetted delegation list (one entry per row and receiver), for ADM-03 and TER. */
    public static PowerHoldings holdings(List<DelegationCatalog.Row> rows, Result vetted) {
        List<PowerHoldings.Entry> entries = new java.util.ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            holdings(rows.get(r), vetted.decisionsByRow().get(r), entries);
        }
        return new PowerHoldings(entries);
    }

    /** The holdings of one decided row, added to {@code entries}. */
    public static void holdings(DelegationCatalog.Row row, List<Decision> decisions, List<PowerHoldings.Entry> entries) {
        for (int i = 0; i < row.receivers().size(); i++) {
            var receiver = row.receivers().get(i);
            entries.add(new PowerHoldings.Entry(receiver.village() ? null : receiver.township().code(),
                    row.delegation().itemCode(), row.delegation().itemName(), row.delegation().fromDepartment(),
                    decisions.get(i).outcome() != quanze.decision.Outcome.DENY));
        }
    }

    public static Result admissions(CatalogReader.Rows<Admission> rows, Registry registry, PowerHoldings holdings,
                                    AdmissionEngine engine, LocalDate asOf) {
        return admissions(rows, registry, holdings, engine, DutyLists.EMPTY, asOf);
    }

    public static Result admissions(CatalogReader.Rows<Admission> rows, Registry registry, PowerHoldings holdings,
                                    AdmissionEngine engine, DutyLists duties, LocalDate asOf) {
        List<AdmissionCase> cases = rows.values().stream().map(a -> engine.caseOf(a, registry, holdings, asOf)).toList();
        List<Decision> decisions = engine.decide(cases, duties);
        Builder b = new Builder(DecisionKind.ADMISSION, "申请部门");
        for (int i = 0; i < cases.size(); i++) {
            Admission a = cases.get(i).getAdmission();
            b.add(rows.rows().get(i).rowNumber(), List.of(decisions.get(i)), List.of(new Subject(null, a.requestId(), a.department())));
        }
        return b.build(rows.sheet(), rows.headerRow(), rows.skipped());
    }

    /** One decision per matter; its findings name each township × matter problem. */
    public static Result responsibilities(CatalogReader.Rows<Matter> rows, Registry registry, PowerHoldings powers,
                                          ResponsibilityEngine engine, LocalDate asOf) {
        return responsibilities(rows, registry, powers, engine, DutyLists.EMPTY, asOf);
    }

    /** As above, each township's part also checked against its duty lists (DUTY-02, DUTY-04, DUTY-05). */
    public static Result responsibilities(CatalogReader.Rows<Matter> rows, Registry registry, PowerHoldings powers,
                                          ResponsibilityEngine engine, DutyLists duties, LocalDate asOf) {
        ResponsibilityEngine.Result decided = engine.decide(rows.values(), registry, powers, duties, asOf);
        Builder b = new Builder(DecisionKind.RESPONSIBILITY, "领域");
        for (int i = 0; i < decided.decisions().size(); i++) {
            Matter m = rows.values().get(i);
            b.add(rows.rows().get(i).rowNumber(), List.of(decided.decisions().get(i)), List.of(new Subject(null, m.matterCode(), m.domain())));
        }
        return b.build(rows.sheet(), rows.headerRow(), rows.skipped());
    }

    /** The registry judged against the body limits of each township's profile (ORG-01). */
    public static Result townships(CatalogReader.Rows<Township> rows, OrgEngine engine, LocalDate asOf) {
        List<Decision> decisions = engine.decideEach(rows.values(), new Registry(rows.values()), asOf);
        Builder b = new Builder(DecisionKind.ORG, "县（市、区）");
        for (int i = 0; i < decisions.size(); i++) {
            Township t = rows.values().get(i);
            b.add(rows.rows().get(i).rowNumber(), List.of(decisions.get(i)), List.of(new Subject(t.code(), t.code(), t.county())));
        }
        return b.build(rows.sheet(), rows.headerRow(), rows.skipped());
    }

    /** Secondments, stationed-unit appointments or plaques, one decision per row (ORG-02 … ORG-07). */
    public static Result orgItems(CatalogReader.Rows<?> rows, Registry registry, OrgEngine engine, LocalDate asOf) {
        List<Decision> decisions = engine.decideEach(rows.values(), registry, asOf);
        Builder b = new Builder(DecisionKind.ORG, "乡镇");
        for (int i = 0; i < decisions.size(); i++) {
            Township t = registry.find(((quanze.org.TownshipItem) rows.values().get(i)).township()).orElse(null);
            b.add(rows.rows().get(i).rowNumber(), List.of(decisions.get(i)), List.of(t == null ? new Subject(null, null, "")
                    : new Subject(t.code(), t.code(), t.name())));
        }
        return b.build(rows.sheet(), rows.headerRow(), rows.skipped());
    }


    /**
     * The county a clean-up list is judged under when a row names none (ASM-01, ASM-05): the one the upload names,
     * else the registry's only county; null (the national default) when neither says.
     */
    public static String burdenCounty(String given, Registry registry) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        return registry.counties().size() == 1 ? registry.counties().iterator().next() : null;
    }

    /** Each item judged under its county's profile: its own 所属县, else {@link #burdenCounty}. */
    public static Result burdens(CatalogReader.Rows<Burden> rows, Registry registry, String county, BurdenEngine engine,
                                 LocalDate asOf) {
        String fallback = burdenCounty(county, registry);
        List<Burden> items = rows.values().stream()
                .map(b -> b.county() == null && fallback != null ? b.withCounty(fallback) : b).toList();
        List<Decision> decisions = engine.decide(items, registry, asOf);
        Builder b = new Builder(DecisionKind.BURDEN, "设定单位");
        for (int i = 0; i < decisions.size(); i++) {
            Burden item = rows.values().get(i);
            b.add(rows.rows().get(i).rowNumber(), List.of(decisions.get(i)), List.of(new Subject(null, item.code(), item.settingUnit())));
        }
        return b.build(rows.sheet(), rows.headerRow(), rows.skipped());
    }

    private static final class Builder {
        private final DecisionKind kind;
        private final Verdicts verdicts;
        private final List<Integer> rowNumbers = new ArrayList<>();
        private final List<List<Decision>> byRow = new ArrayList<>();
        private final List<List<Subject>> subjects = new ArrayList<>();

        Builder(DecisionKind kind, String subjectHeading) {
            this.kind = kind;
            this.verdicts = new Verdicts(kind, subjectHeading);
        }

        void add(int rowNumber, List<Decision> decisions, List<Subject> about) {
            rowNumbers.add(rowNumber);
            byRow.add(decisions);
            subjects.add(about);
            verdicts.add(rowNumber, decisions, about.stream().map(Subject::name).toList());
        }

        Result build(String sheet, int headerRow, List<CatalogReader.Skipped> skipped) {
            skipped.forEach(x -> verdicts.skip(x.rowNumber(), x.reason()));
            return new Result(kind, sheet, headerRow, rowNumbers, byRow, subjects, verdicts);
        }
    }
}
