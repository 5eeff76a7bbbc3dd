package quanze.org;

import java.time.LocalDate;
import quanze.catalog.Text;

/** The appointment or removal of a stationed unit's head (派驻机构主要负责同志任免, docs/formats-org.md §2). */
public record Appointment(String unit, String township, String head, String action, LocalDate date,
                          Boolean partyCommitteeAsked) implements TownshipItem {
    public Appointment {
        unit = Text.orNull(unit);
        township = Text.orNull(township);
        head = Text.orNull(head);
        action = Text.orNull(action);
    }
}
