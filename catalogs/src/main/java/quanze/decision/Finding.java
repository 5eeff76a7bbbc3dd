package quanze.decision;

import java.util.List;

/** One broken rule: what is wrong, how bad, which input fields, and the clauses it rests on. */
public record Finding(String ruleId, Severity severity, String message, List<String> fields,
                      List<Citation> citations) {
    public Finding {
        fields = List.copyOf(fields);
        citations = List.copyOf(citations);
    }
}
