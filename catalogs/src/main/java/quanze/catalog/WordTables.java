package quanze.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule set's tables as the DRL reads them through the global {@code tables}: constant for a rule base, so a
 * rule tests a case against a table where the case enters the network (an alpha test) instead of joining the case
 * to a table fact, which made a partial match, or a memory entry, per case and table (docs/benchmarks.md).
 */
public final class WordTables {
    private final Map<String, Vocabulary> byName = new LinkedHashMap<>();
    private final List<StatutoryPower> powers;

    public WordTables(List<?> tables) {
        for (Object t : tables) {
            if (t instanceof Vocabulary v) {
                byName.put(v.getName(), v);
            }
        }
        powers = tables.stream().filter(StatutoryPower.class::isInstance).map(StatutoryPower.class::cast).toList();
    }

    /** A word table by its path without extension ("delegation/enforcement-terms"). */
    public Vocabulary get(String name) {
        Vocabulary v = byName.get(name);
        if (v == null) {
            throw new IllegalStateException("规则库中没有词表 " + name);
        }
        return v;
    }

    /** The powers a law gives the township itself (township-powers.csv). */
    public List<StatutoryPower> powers() {
        return powers;
    }

    /** Whether a folded legal basis and an item's name describe one of the township's statutory powers (DLG-17). */
    public boolean describesPower(String foldedBasis, String itemName) {
        for (StatutoryPower p : powers) {
            if (p.describes(foldedBasis, itemName)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded legal basis cites one of the township's statutory powers by article (DLG-04 (d)). */
    public boolean citesPower(String foldedBasis) {
        for (StatutoryPower p : powers) {
            if (p.citedBy(foldedBasis)) {
                return true;
            }
        }
        return false;
    }
}
