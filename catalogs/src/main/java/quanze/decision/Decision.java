package quanze.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The engine's answer for one subject (one delegation row to one receiver, one request …). It
 * always carries its reasons: the findings, the rules that were evaluated, the rule-set version that
 * made it, the date it was made for and the province parameter rows in force on that date.
 * {@code id} is set once the decision is stored.
 */
public record Decision(String id, DecisionKind kind, Outcome outcome, List<Finding> findings,
                       List<String> rulesEvaluated, String ruleSetVersion, Instant decidedAt,
                       LocalDate asOf, List<String> parameters, Object input,
                       List<quanze.duty.ListAmendment> listAmendments) {
    /**
     * {@code listAmendments}: what an admitted request for an off-list task requires of the townships' lists
     * (DUTY-06); null for every other decision, so it is left out of their JSON.
     */
    public Decision {
        listAmendments = listAmendments == null || listAmendments.isEmpty() ? null : List.copyOf(listAmendments);
        findings = List.copyOf(findings);
        rulesEvaluated = List.copyOf(rulesEvaluated);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    public Decision withId(String newId) {
        return new Decision(newId, kind, outcome, findings, rulesEvaluated, ruleSetVersion, decidedAt, asOf, parameters,
                input, listAmendments);
    }

    public List<String> ruleIds() {
        return findings.stream().map(Finding::ruleId).distinct().toList();
    }
}
