package quanze.org;

import java.time.LocalDate;
import quanze.catalog.Text;

/**
 * One person borrowed (借调/抽调) from a township by an upper unit (docs/formats-org.md §1). Consent and
 * approvals are null when the sheet leaves them empty; the rules treat that as "not given". {@code hrApproval} is
 * the 人社部门 approval the GS profile needs beside the 组织部门's (TW6 §9, ORG-04).
 */
public record Secondment(String person, String township, String borrowingUnit, LocalDate start, LocalDate end,
                         Boolean townshipConsent, Boolean orgApproval, Boolean hrApproval) implements TownshipItem {
    public Secondment {
        person = Text.orNull(person);
        township = Text.orNull(township);
        borrowingUnit = Text.orNull(borrowingUnit);
    }

    /** The calendar years the secondment spans (ORG-05 counts each year apart); empty without both dates. */
    public java.util.List<Integer> years() {
        if (start == null || end == null || end.isBefore(start)) {
            return java.util.List.of();
        }
        return java.util.stream.IntStream.rangeClosed(start.getYear(), end.getYear()).boxed().toList();
    }

    /** Its days in {@code year}, counting the start and end days (JS §18: 每年不超过3个月). */
    public long daysIn(int year) {
        if (start == null || end == null || end.isBefore(start)) {
            return 0;
        }
        LocalDate from = start.getYear() < year ? LocalDate.of(year, 1, 1) : start;
        LocalDate to = end.getYear() > year ? LocalDate.of(year, 12, 31) : end;
        return to.isBefore(from) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Still seconded on the date: started, and not yet ended (an open-ended secondment never ends). */
    public boolean activeOn(LocalDate date) {
        return start != null && !start.isAfter(date) && (end == null || !end.isBefore(date));
    }
}
