package quanze.engine.org;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import quanze.decision.Decision;
import quanze.decision.DecisionKind;
import quanze.decision.Finding;
import quanze.engine.Evaluation;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.delegation.UnknownReceiverException;
import quanze.org.Appointment;
import quanze.org.OrgCase;
import quanze.org.OrgRecord;
import quanze.org.Plaque;
import quanze.org.Secondment;
import quanze.org.SecondmentLedger;
import quanze.township.Township;

/**
 * Runs the ORG family. Cases of one call share a session, so a township's secondments are counted
 * together (ORG-06) whether they come in one API request or one imported sheet.
 */
public final class OrgEngine {
    public static final String FAMILY = "ORG";

    private final RuleBase ruleBase;
    private final Clock clock;

    public OrgEngine(RuleBase ruleBase, Clock clock) {
        this.ruleBase = ruleBase;
        this.clock = clock;
    }

    /** One township with its secondments, appointments and plaques: one decision. */
    public Decision decide(OrgRecord record, Registry registry, LocalDate asOf) {
        return decide(record, registry, List.of(), asOf);
    }

    /**
     * As above; {@code stored} are the township's secondments already on record, which ORG-05 counts with the
     * record's own when it adds up a person's days in a year.
     */
    public Decision decide(OrgRecord record, Registry registry, List<Secondment> stored, LocalDate asOf) {
        Township t = township(registry, record.township(), "township");
        List<Object> items = new ArrayList<>();
        items.add(null);
        items.addAll(record.secondments());
        items.addAll(record.appointments());
        items.addAll(record.plaques());
        RuleBase.Snapshot snapshot = ruleBase.snapshot();
        List<OrgCase> cases = items.stream().map(i -> new OrgCase(t, snapshot.parameters().profile(t.profile(), asOf), asOf, i))
                .toList();
        List<Secondment> secondments = new ArrayList<>(record.secondments());
        secondments.addAll(stored);
        List<Object> facts = new ArrayList<>(cases);
        facts.add(new SecondmentLedger(secondments, secondments.stream().map(x -> t.code()).toList()));
        Map<Object, List<Finding>> found = Evaluation.run(ruleBase, facts);
        // a township-wide finding (ORG-06) is raised on each secondment it counts; the record states it once
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Finding> findings = new ArrayList<>();
        cases.forEach(c -> found.getOrDefault(c, List.of()).stream()
                .filter(f -> seen.add(f.ruleId() + "\u0000" + f.message())).forEach(findings::add));
        findings.sort(Evaluation.ORDER);
        return decision(snapshot, t, asOf, findings, record);
    }

    /** One decision per item (a registry row, a secondment, an appointment or a plaque), in order. */
    public List<Decision> decideEach(List<?> items, Registry registry, LocalDate asOf) {
        RuleBase.Snapshot snapshot = ruleBase.snapshot();
        List<OrgCase> cases = new ArrayList<>(items.size());
        for (Object item : items) {
            Township t = item instanceof Township own ? own : township(registry, ((quanze.org.TownshipItem) item).township(), "township");
            cases.add(new OrgCase(t, snapshot.parameters().profile(t.profile(), asOf), asOf,
                    item instanceof Township ? null : item));
        }
        List<Secondment> secondments = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (OrgCase c : cases) {
            if (c.getSecondment() != null) {
                secondments.add(c.getSecondment());
                codes.add(c.getTownship().code());
            }
        }
        List<Object> facts = new ArrayList<>(cases);
        facts.add(new SecondmentLedger(secondments, codes));
        Map<Object, List<Finding>> found = Evaluation.run(ruleBase, facts);
        List<Decision> out = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            List<Finding> fs = new ArrayList<>(found.getOrDefault(cases.get(i), List.of()));
            fs.sort(Evaluation.ORDER);
            out.add(decision(snapshot, cases.get(i).getTownship(), asOf, fs, items.get(i)));
        }
        return out;
    }

    private Decision decision(RuleBase.Snapshot snapshot, Township t, LocalDate asOf, List<Finding> findings, Object input) {
        Instant now = clock.instant();
        return new Decision(null, DecisionKind.ORG, DecisionKind.ORG.outcomeOf(findings), findings,
                ruleBase.ruleIds(FAMILY), snapshot.version(), now, asOf,
                Evaluation.parametersUsed(snapshot.parameters(), t.profile(), asOf), input, null);
    }


    private static Township township(Registry registry, String name, String field) {
        if (name == null) {
            throw new UnknownReceiverException(field, "没有指明乡镇（街道）");
        }
        return registry.find(name).orElseThrow(() ->
                new UnknownReceiverException(field, "“" + name + "”不是乡镇名册中的乡镇（街道）"));
    }
}
