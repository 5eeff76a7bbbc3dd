package quanze.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import quanze.catalog.Text;
import quanze.decision.Decision;
import quanze.decision.Outcome;
import quanze.engine.admission.PowerHoldings;
import quanze.township.Township;

/**
 * ADM-03 / TER: a township holds a power when the delegation list hands it to that township and the
 * delegation's own decision is not DENY. Tasks are matched by item name, normalised.
 */
public final class DelegationHoldings implements PowerHoldings {
    private final Set<String> held = new HashSet<>();

    /** @param entries township code and item name of each lawful (not denied) delegation */
    public DelegationHoldings(List<String[]> entries) {
        entries.forEach(e -> held.add(key(e[0], e[1])));
    }

    public static DelegationHoldings of(DelegationCatalog.Rows rows, Vetting.Result vetted) {
        List<String[]> entries = new java.util.ArrayList<>();
        for (int r = 0; r < rows.rows().size(); r++) {
            DelegationCatalog.Row row = rows.rows().get(r);
            List<Decision> decisions = vetted.decisionsByRow().get(r);
            for (int i = 0; i < row.receivers().size(); i++) {
                var receiver = row.receivers().get(i);
                if (!receiver.village() && decisions.get(i).outcome() != Outcome.DENY) {
                    entries.add(new String[] {receiver.township().code(), row.delegation().itemName()});
                }
            }
        }
        return new DelegationHoldings(entries);
    }

    @Override
    public boolean holds(Township township, String taskName) {
        return taskName != null && held.contains(key(township.code(), taskName));
    }

    private static String key(String code, String name) {
        return code + "\u0000" + Text.normalise(name).replace(" ", "");
    }
}
