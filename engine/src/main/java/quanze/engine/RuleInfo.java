package quanze.engine;

import java.util.List;
import quanze.decision.Citation;
import quanze.decision.Severity;

/**
 * A rule of the catalogue as the KieBase declares it (api.md GET /api/v1/rules). {@code applies} names
 * the rules of another family a rule hands its subject to (ADM-06: the DLG rules), empty otherwise.
 */
public record RuleInfo(String id, String family, Severity severity, String title, List<Citation> citations,
                       List<String> applies) {
    public RuleInfo {
        citations = List.copyOf(citations);
        applies = List.copyOf(applies);
    }
}
