package quanze.engine.responsibility;

import java.util.List;
import quanze.decision.Citation;
import quanze.decision.Finding;

/**
 * Who is responsible for one matter in one township (api.md responsibilities): the township's role
 * and duties, the primary unit as the list names it, and — when TER-01 or TER-04 fires — who should
 * be primary and why. {@code citations} are the clauses the township's role rests on.
 */
public record Resolution(String matterCode, String domain, String matterName, String townshipCode, Role role,
                         String duties, String primaryUnit, String shouldBePrimary, String reason,
                         List<Cooperation> cooperating, List<String> ruleIds, List<Finding> findings,
                         List<Citation> citations) {

    public enum Role { PRIMARY, COOPERATING, NONE }

    /** A cooperating unit and what it does. */
    public record Cooperation(String unit, String duties) {
    }
}
