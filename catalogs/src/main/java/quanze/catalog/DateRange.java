package quanze.catalog;

import java.time.LocalDate;

/**
 * The dates a catalog cell or a request may carry (api.md "Numbers and dates", formats.md dates): 1949 to 2100. A
 * date outside is a typo (0202-01-01, 20260-01-01), refused with the field or cell named, never decided on.
 */
public final class DateRange {
    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2100;
    /** The tail of every message that refuses such a date. */
    public static final String EXPECTED = "应为" + FIRST_YEAR + "年至" + LAST_YEAR + "年之间的日期";

    private DateRange() {
    }

    public static boolean contains(LocalDate d) {
        return d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR;
    }
}
