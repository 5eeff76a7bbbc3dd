package quanze.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quanze.catalog.Text;
import quanze.decision.Decision;
import quanze.decision.Outcome;
import quanze.engine.admission.PowerHoldings;
import quanze.engine.responsibility.Powers;
import quanze.township.Township;

/**
 * What a delegation list hands to whom (ADM-03, TER): a township holds a power when the list hands
 * it to that township and the delegation's own decision is not DENY. Tasks are matched by item name
 * (rules.md ADM-03: normalised, 对/的/进行 and punctuation ignored — an admission carries no item code),
 * responsibility matters by item code.
 */
public final class DelegationHoldings implements PowerHoldings, Powers {
    /** One delegation to one township: whether its decision allows it. */
    public record Entry(String townshipCode, String itemCode, String itemName, String department, boolean lawful) {
    }

    private final Set<String> byName = new HashSet<>();
    private final Set<String> byCode = new HashSet<>();
    private final Map<String, String> departments = new HashMap<>();

    public DelegationHoldings(List<Entry> entries) {
        for (Entry e : entries) {
            departments.putIfAbsent(e.itemCode(), e.department());
            if (e.lawful() && e.townshipCode() != null) {
                byName.add(key(e.townshipCode(), e.itemName()));
                byCode.add(e.townshipCode() + "\u0000" + e.itemCode());
            }
        }
    }

    public static DelegationHoldings of(DelegationCatalog.Rows rows, Vetting.Result vetted) {
        List<Entry> entries = new java.util.ArrayList<>();
        for (int r = 0; r < rows.rows().size(); r++) {
            DelegationCatalog.Row row = rows.rows().get(r);
            List<Decision> decisions = vetted.decisionsByRow().get(r);
            for (int i = 0; i < row.receivers().size(); i++) {
                var receiver = row.receivers().get(i);
                entries.add(new Entry(receiver.village() ? null : receiver.township().code(), row.delegation().itemCode(),
                        row.delegation().itemName(), row.delegation().fromDepartment(),
                        decisions.get(i).outcome() != Outcome.DENY));
            }
        }
        return new DelegationHoldings(entries);
    }

    @Override
    public boolean holds(Township township, String taskName) {
        return taskName != null && byName.contains(key(township.code(), taskName));
    }

    @Override
    public boolean holds(String townshipCode, String itemCode) {
        return byCode.contains(townshipCode + "\u0000" + itemCode);
    }

    @Override
    public Optional<String> department(String itemCode) {
        return Optional.ofNullable(departments.get(itemCode));
    }

    private static String key(String code, String name) {
        return code + "\u0000" + Text.powerName(name);
    }
}
