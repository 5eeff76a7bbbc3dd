package quanze.engine;

import java.util.List;
import quanze.decision.Citation;
import quanze.decision.Severity;

/** A rule of the catalogue as the KieBase declares it (api.md GET /api/v1/rules). */
public record RuleInfo(String id, String family, Severity severity, String title, List<Citation> citations) {
    public RuleInfo {
        citations = List.copyOf(citations);
    }
}
