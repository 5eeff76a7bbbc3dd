package quanze.org;

import java.time.LocalDate;
import quanze.catalog.Text;

/**
 * One person borrowed (借调/抽调) from a township by an upper unit (docs/formats-org.md §1). Consent and
 * approval are null when the sheet leaves them empty; the rules treat that as "not given".
 */
public record Secondment(String person, String township, String borrowingUnit, LocalDate start, LocalDate end,
                         Boolean townshipConsent, Boolean orgApproval) implements TownshipItem {
    public Secondment {
        person = Text.orNull(person);
        township = Text.orNull(township);
        borrowingUnit = Text.orNull(borrowingUnit);
    }

    /** Still seconded on the date: started, and not yet ended (an open-ended secondment never ends). */
    public boolean activeOn(LocalDate date) {
        return start != null && !start.isAfter(date) && (end == null || !end.isBefore(date));
    }
}
