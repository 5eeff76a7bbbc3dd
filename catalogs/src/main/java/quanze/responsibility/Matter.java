package quanze.responsibility;

import java.util.List;
import quanze.catalog.Text;

/**
 * One matter of the 县乡"属地管理"事项主体责任和配合责任清单 (formats.md §3, api.md "Responsibility
 * matter"). Unit lists may name 乡镇 / 属地乡镇（街道）, meaning each township the matter applies to.
 */
public record Matter(
        String matterCode,
        String domain,
        String matterName,
        List<String> linkedItemCodes,
        List<String> primaryUnits,
        String primaryDuties,
        List<String> cooperatingUnits,
        String cooperatingDuties,
        List<String> townships,
        String legalBasis) {

    public Matter {
        matterCode = Text.orNull(matterCode);
        domain = Text.orNull(domain);
        matterName = Text.orNull(matterName);
        primaryDuties = Text.orNull(primaryDuties);
        cooperatingDuties = Text.orNull(cooperatingDuties);
        legalBasis = Text.orNull(legalBasis);
        linkedItemCodes = linkedItemCodes == null ? List.of() : List.copyOf(linkedItemCodes);
        primaryUnits = primaryUnits == null ? List.of() : List.copyOf(primaryUnits);
        cooperatingUnits = cooperatingUnits == null ? List.of() : List.copyOf(cooperatingUnits);
        townships = townships == null ? List.of() : List.copyOf(townships);
    }
}
