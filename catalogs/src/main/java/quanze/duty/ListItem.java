package quanze.duty;

import quanze.catalog.Text;

/** One item of one township's duty lists (formats.md §6, api.md "Duty lists"). */
public record ListItem(String township, DutyList list, String itemNo, String name, String domain,
                       String leadDepartment, String townshipDuties, String departmentDuties, String legalBasis) {
    public ListItem {
        township = Text.orNull(township);
        itemNo = Text.orNull(itemNo);
        name = Text.orNull(name);
        domain = Text.orNull(domain);
        leadDepartment = Text.orNull(leadDepartment);
        townshipDuties = Text.orNull(townshipDuties);
        departmentDuties = Text.orNull(departmentDuties);
        legalBasis = Text.orNull(legalBasis);
    }
}
