package quanze.engine.delegation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quanze.decision.Decision;
import quanze.decision.DecisionKind;
import quanze.decision.Finding;
import quanze.delegation.Delegation;
import quanze.delegation.DelegationCase;
import quanze.engine.Evaluation;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.duty.DutyLists;
import quanze.duty.DutyCheck;
import quanze.delegation.Mode;

/** Runs the DLG family over delegation cases, in batches, one decision per case. */
public final class DelegationEngine {
    public static final String FAMILY = "DLG";
    private static final int BATCH = 5_000;

    /** The DUTY rules a delegation can meet (DUTY-06 judges admission requests only). */
    static final List<String> DUTY_RULES = List.of("DUTY-01", "DUTY-02", "DUTY-03", "DUTY-04", "DUTY-05");

    private final RuleBase ruleBase;
    private final Clock clock;

    public DelegationEngine(RuleBase ruleBase, Clock clock) {
        this.ruleBase = ruleBase;
        this.clock = clock;
    }

    /**
     * One delegation as an API caller sends it: its receiver resolved against the registry, one
     * decision per receiver. An unresolvable receiver is the caller's error, not a finding.
     */
    public List<Decision> decide(Delegation delegation, Registry registry, LocalDate asOf) {
        return decide(delegation, registry, DutyLists.EMPTY, asOf);
    }

    public List<Decision> decide(Delegation delegation, Registry registry, DutyLists duties, LocalDate asOf) {
        return decide(cases(delegation, receivers(delegation, registry), registry, asOf), duties);
    }

    /** The receivers a delegation names; an unknown one is the caller's error, not a finding. */
    public static List<Receivers.Receiver> receivers(Delegation delegation, Registry registry) {
        Receivers.Resolution resolution = Receivers.resolve(delegation.receiver(), registry);
        if (!resolution.ok()) {
            throw new UnknownReceiverException("receiver", resolution.explain("承接主体"));
        }
        return resolution.receivers();
    }

    public static List<DelegationCase> cases(Delegation delegation, List<Receivers.Receiver> receivers,
                                             Registry registry, LocalDate asOf) {
        List<DelegationCase> out = new ArrayList<>(receivers.size());
        for (Receivers.Receiver r : receivers) {
            String profile = r.village() ? villageProfile(registry) : r.township().profile();
            out.add(new DelegationCase(delegation.withReceiver(r.name()), r.township(), r.village(), profile, asOf));
        }
        return out;
    }

    /** A village's county is the registry's, when the registry is one county; else the national default. */
    private static String villageProfile(Registry registry) {
        Set<String> counties = registry.counties();
        return counties.size() == 1 ? registry.profileOf(counties.iterator().next()) : "CN";
    }

    /** Decisions in the order of the cases. */
    public List<Decision> decide(List<DelegationCase> cases) {
        return decide(cases, DutyLists.EMPTY);
    }

    /**
     * Decisions in the order of the cases, each township's task also checked against its duty lists
     * (DUTY-01 … DUTY-03) where the township keeps them.
     */
    public List<Decision> decide(List<DelegationCase> cases, DutyLists duties) {
        Instant now = clock.instant();
        RuleBase.Snapshot snapshot = ruleBase.snapshot();
        List<String> evaluated = new ArrayList<>(ruleBase.ruleIds(FAMILY));
        evaluated.addAll(DUTY_RULES);
        // one immutable copy shared by every decision (Decision would otherwise copy it per case)
        List<String> rulesEvaluated = List.copyOf(evaluated);
        int batches = (cases.size() + BATCH - 1) / BATCH;
        return Evaluation.inBatches(batches, b -> {
            List<DelegationCase> batch = cases.subList(b * BATCH, Math.min(cases.size(), (b + 1) * BATCH));
            LocalDate asOf = batch.get(0).getAsOf();
            Map<Object, List<Finding>> findings = run(batch, asOf, snapshot, duties);
            // a batch has one date, so the parameter rows differ only by profile
            Map<String, List<String>> used = new java.util.HashMap<>();
            List<Decision> out = new ArrayList<>(batch.size());
            for (DelegationCase c : batch) {
                List<Finding> fs = findings.getOrDefault(c, List.of());
                out.add(new Decision(null, DecisionKind.DELEGATION, DecisionKind.DELEGATION.outcomeOf(fs), fs,
                        rulesEvaluated, snapshot.version(), now, asOf,
                        used.computeIfAbsent(c.getProfile(),
                                p -> List.copyOf(Evaluation.parametersUsed(snapshot.parameters(), p, asOf))),
                        c.getDelegation(), null));
            }
            return out;
        });
    }

    private Map<Object, List<Finding>> run(List<DelegationCase> batch, LocalDate asOf, RuleBase.Snapshot snapshot,
                                           DutyLists duties) {
        for (DelegationCase c : batch) {
            if (!c.getAsOf().equals(asOf)) {
                throw new IllegalArgumentException("同一批评估的案例必须使用同一个评估日期");
            }
        }
        List<Object> facts = new ArrayList<>(batch.size() * 2);
        facts.addAll(batch);
        for (DelegationCase c : batch) {
            if (c.getTownship() != null) {
                var d = c.getDelegation();
                // handed down (下放/交由), the township becomes the one answerable for the item (DUTY-02)
                facts.add(duties.check(c, c.getTownship(), d.itemName(), null, d.fromDepartment(),
                        d.mode() == Mode.DEVOLVE, DutyCheck.Source.DELEGATION));
            }
        }
        Map<Object, List<Finding>> findings = Evaluation.runCases(ruleBase, snapshot.parameters(), facts,
                f -> f instanceof DelegationCase c ? c.getProfile() : quanze.engine.Parameters.BASE_PROFILE, asOf);
        Evaluation.foldDutyChecks(findings, facts);
        return findings;
    }
}
