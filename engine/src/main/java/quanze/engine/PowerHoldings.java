package quanze.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quanze.catalog.Text;
import quanze.township.Township;

/**
 * Who lawfully holds which power, from a delegation list and its decisions: the one port the admission rules
 * (ADM-03: does the township hold the power the task needs) and the responsibility rules (TER: does it hold a
 * matter's linked power, and which department hands it down) read. A township holds a power when the list hands it
 * to that township and the delegation's own decision is not DENY. Tasks are matched by item name (rules.md ADM-03:
 * normalised, 对/的/进行 and punctuation ignored — an admission carries no item code); matters by item code.
 */
public final class PowerHoldings {
    /** One delegation to one township (null for a village): whether its decision allows it. */
    public record Entry(String townshipCode, String itemCode, String itemName, String department, boolean lawful) {
    }

    public static final PowerHoldings NONE = new PowerHoldings(List.of());

    private final Set<String> byName = new HashSet<>();
    private final Set<String> byCode = new HashSet<>();
    private final Map<String, String> departments = new HashMap<>();

    public PowerHoldings(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.itemCode() != null && e.department() != null) {
                departments.putIfAbsent(e.itemCode(), e.department());
            }
            if (e.lawful() && e.townshipCode() != null) {
                if (e.itemName() != null) {
                    byName.add(key(e.townshipCode(), e.itemName()));
                }
                byCode.add(e.townshipCode() + "\u0000" + e.itemCode());
            }
        }
    }

    /** ADM-03: the township lawfully holds the power a task names. */
    public boolean holdsTask(Township township, String taskName) {
        return taskName != null && byName.contains(key(township.code(), taskName));
    }

    /** TER: the township lawfully holds the power of this item code. */
    public boolean holdsPower(String townshipCode, String itemCode) {
        return byCode.contains(townshipCode + "\u0000" + itemCode);
    }

    /** The department the list hands this power down from. */
    public Optional<String> department(String itemCode) {
        return Optional.ofNullable(departments.get(itemCode));
    }

    private static String key(String code, String name) {
        return code + "\u0000" + Text.powerName(name);
    }
}
