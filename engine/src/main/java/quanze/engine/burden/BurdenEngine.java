package quanze.engine.burden;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import quanze.burden.Burden;
import quanze.burden.BurdenCase;
import quanze.decision.Decision;
import quanze.decision.DecisionKind;
import quanze.decision.Finding;
import quanze.engine.Evaluation;
import quanze.engine.Parameters;
import quanze.engine.Registry;
import quanze.engine.RuleBase;

/** Runs the ASM family over clean-up list items: RETAIN, REVIEW or ABOLISH each. */
public final class BurdenEngine {
    public static final String FAMILY = "ASM";

    private final RuleBase ruleBase;
    private final Clock clock;

    public BurdenEngine(RuleBase ruleBase, Clock clock) {
        this.ruleBase = ruleBase;
        this.clock = clock;
    }

    /** One item judged under the profile of its county in {@code registry} (CN when it names none the registry knows). */
    public Decision decide(Burden burden, Registry registry, LocalDate asOf) {
        return decide(List.of(burden), registry, asOf).get(0);
    }

    public List<Decision> decide(List<Burden> burdens, Registry registry, LocalDate asOf) {
        Instant now = clock.instant();
        List<BurdenCase> cases = burdens.stream()
                .map(b -> new BurdenCase(b, b.county() == null ? Parameters.BASE_PROFILE : registry.profileOf(b.county()), asOf))
                .toList();
        RuleBase.Snapshot snapshot = ruleBase.snapshot();
        Map<Object, List<Finding>> findings = Evaluation.runCases(ruleBase, snapshot.parameters(), cases,
                BurdenCase::getProfile, asOf);
        List<String> evaluated = ruleBase.ruleIds(FAMILY);
        Map<String, List<String>> used = new java.util.HashMap<>();
        List<Decision> out = new ArrayList<>(cases.size());
        for (BurdenCase c : cases) {
            List<Finding> fs = findings.getOrDefault(c, List.of());
            out.add(new Decision(null, DecisionKind.BURDEN, DecisionKind.BURDEN.outcomeOf(fs), fs, evaluated,
                    snapshot.version(), now, asOf, used.computeIfAbsent(c.getProfile(),
                    p -> Evaluation.parametersUsed(snapshot.parameters(), p, asOf)), c.getBurden(), null));
        }
        return out;
    }
}
