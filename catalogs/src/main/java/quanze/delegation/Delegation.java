package quanze.delegation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import quanze.catalog.Text;

/**
 * One row of 赋权事项清单 for one receiver (formats.md §2, api.md "Delegation"). Yes/no fields are
 * null when the catalog leaves them empty.
 */
public record Delegation(
        String itemCode,
        String itemName,
        String subItem,
        Category category,
        String legalBasis,
        String fromDepartment,
        String receiver,
        Mode mode,
        String provincialDecisionDoc,
        String entrustmentDoc,
        Boolean published,
        Opinion townshipOpinion,
        Set<Support> support,
        Boolean inGuidanceCatalog,
        LocalDate effectiveFrom,
        LocalDate lastEvaluated,
        Boolean reEntrust) {

    /** Blank text is "not recorded" (null), so rules test one thing, not two. */
    public Delegation {
        itemCode = Text.orNull(itemCode);
        itemName = Text.orNull(itemName);
        subItem = Text.orNull(subItem);
        legalBasis = Text.orNull(legalBasis);
        fromDepartment = Text.orNull(fromDepartment);
        receiver = Text.orNull(receiver);
        provincialDecisionDoc = Text.orNull(provincialDecisionDoc);
        entrustmentDoc = Text.orNull(entrustmentDoc);
        support = support == null || support.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(support));
    }

    /** Whether the item's name or sub-item names {@code word} (DLG-04: 强制执行). */
    public boolean mentions(String word) {
        return itemName != null && itemName.contains(word) || subItem != null && subItem.contains(word);
    }

    public Delegation withReceiver(String newReceiver) {
        return new Delegation(itemCode, itemName, subItem, category, legalBasis, fromDepartment, newReceiver,
                mode, provincialDecisionDoc, entrustmentDoc, published, townshipOpinion, support,
                inGuidanceCatalog, effectiveFrom, lastEvaluated, reEntrust);
    }
}
