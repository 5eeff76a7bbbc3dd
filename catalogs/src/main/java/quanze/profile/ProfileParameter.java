package quanze.profile;

import java.time.LocalDate;

/**
 * One row of the parameter table (rules module, quanze/profile/parameters.csv): a number or flag
 * that differs by province, with the date it takes effect and the clause it comes from.
 */
public record ProfileParameter(String profile, String name, String value, LocalDate effectiveFrom,
                               String source, String clause) {
}
