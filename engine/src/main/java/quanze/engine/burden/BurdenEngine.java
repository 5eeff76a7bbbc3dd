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

    public Decision decide(Burden burden, LocalDate asOf) {
        return decide(List.of(burden), asOf).get(0);
    }

    public List<Decision> decide(List<Burden> burdens, LocalDate asOf) {
        Instant now = clock.instant();
        List<BurdenCase> cases = burdens.stream().map(b -> new BurdenCase(b, asOf)).toList();
        RuleBase.Snapshot snapshot = ruleBase.snapshot();
        Map<Object, List<Finding>> findings = Evaluation.runCases(ruleBase, snapshot.parameters(), cases,
                c -> Parameters.BASE_PROFILE, asOf);
        List<String> used = Evaluation.parametersUsed(snapshot.parameters(), Parameters.BASE_PROFILE, asOf);
        List<String> evaluated = ruleBase.ruleIds(FAMILY);
        List<Decision> out = new ArrayList<>(cases.size());
        for (BurdenCase c : cases) {
            List<Finding> fs = findings.getOrDefault(c, List.of());
            out.add(new Decision(null, DecisionKind.BURDEN, DecisionKind.BURDEN.outcomeOf(fs), fs, evaluated,
                    snapshot.version(), now, asOf, used, c.getBurden()));
        }
        return out;
    }
}
