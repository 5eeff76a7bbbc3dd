package quanze.decision;

/**
 * The global the DRL rules report to. A rule names itself ({@code drools.getRule().getName()},
 * which starts with its id); its severity and citations come from the rule's own metadata, so
 * they are written once, next to the rule.
 */
public interface FindingCollector {
    void raise(Object subject, String ruleName, String message, String... fields);

    /**
     * A finding whose clause comes from a table row rather than the rule's metadata (DLG-17 cites the very
     * article of the table of township statutory powers that matched), e.g. "CXGH 第六十五条".
     */
    void raiseCiting(Object subject, String ruleName, String citations, String message, String... fields);
}
