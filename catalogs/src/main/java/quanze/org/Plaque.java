package quanze.org;

import quanze.catalog.Text;

/**
 * A plaque or counterpart body in a township or village (挂牌机构与对口设置, docs/formats-org.md §3): who
 * asked for it, whether it runs as a real body, the approval it was hung with, and (ORG-03's exception) the special
 * organisation law or 党中央 document the requirement rests on.
 */
public record Plaque(String township, String name, String requiredBy, Boolean realOperation, String approvalDoc,
                     String counterpartBasis) implements TownshipItem {
    public Plaque {
        township = Text.orNull(township);
        name = Text.orNull(name);
        requiredBy = Text.orNull(requiredBy);
        approvalDoc = Text.orNull(approvalDoc);
        counterpartBasis = Text.orNull(counterpartBasis);
    }
}
