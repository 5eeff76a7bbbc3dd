package quanze.decision;

/**
 * The global the DRL rules report to. A rule names itself ({@code drools.getRule().getName()},
 * which starts with its id); its severity and citations come from the rule's own metadata, so
 * they are written once, next to the rule.
 */
public interface FindingCollector {
    void raise(Object subject, String ruleName, String message, String... fields);
}
