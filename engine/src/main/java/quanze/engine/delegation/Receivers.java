package quanze.engine.delegation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import quanze.catalog.Text;
import quanze.engine.Registry;
import quanze.township.Township;

/**
 * Resolves the 承接主体 cell (formats.md §2): township names or codes, a list of them, or
 * 全部乡镇（街道） for every township of the county. A name ending in 村/社区/村委会/居委会 that is
 * (村委, 居委 too) that is not a township is a village receiver, which the rules judge (DLG-02); anything else is unknown,
 * which is an import error.
 */
public final class Receivers {
    public static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,；;\\n\\r]+");
    private static final String ALL = "全部乡镇(街道)";
    /** The name forms of a village or community (word table delegation/village-forms.csv). */
    private static final quanze.catalog.Vocabulary VILLAGE = quanze.engine.RuleTables.vocabulary("delegation/village-forms");

    private Receivers() {
    }

    /** One receiver: a township, or (township null) a village or community by name. */
    public record Receiver(String name, Township township) {
        public boolean village() {
            return township == null;
        }
    }

    /** The receivers, and the parts of the cell that name nothing known (empty when all resolved). */
    public record Resolution(List<Receiver> receivers, List<String> unknown, String problem) {
        public boolean ok() {
            return unknown.isEmpty() && problem == null;
        }

        /** "承接主体“平安镇”不是…": the names that resolve to nothing, after {@code subject} ("" when a column names it). */
        public String unknownMessage(String subject) {
            return subject + "“" + String.join("、", unknown) + "”不是乡镇名册中的乡镇（街道），也不是村（社区）";
        }

        /** Why the cell cannot be used: its problem, else its unknown names. */
        public String explain(String subject) {
            return problem != null ? problem : unknownMessage(subject);
        }
    }

    public static Resolution resolve(String cell, Registry registry) {
        List<Receiver> receivers = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String problem = null;
        for (String part : LIST_SEPARATOR.split(Text.normalise(cell))) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals(ALL) || name.equals("全部乡镇") || name.equals("全部")) {
                if (registry.counties().size() != 1) {
                    problem = registry.size() == 0
                            ? "承接主体为“全部乡镇（街道）”，但没有乡镇名册，无法展开"
                            : "承接主体为“全部乡镇（街道）”，但乡镇名册含多个县（市、区），无法确定范围：导入时请指明县（市、区）";
                    continue;
                }
                registry.all().forEach(t -> receivers.add(new Receiver(t.name(), t)));
                continue;
            }
            var township = registry.find(name);
            if (township.isPresent()) {
                receivers.add(new Receiver(township.get().name(), township.get()));
            } else if (VILLAGE.endsWith("村（社区）", name)) {
                receivers.add(new Receiver(name, null));
            } else {
                unknown.add(name);
            }
        }
        if (receivers.isEmpty() && unknown.isEmpty() && problem == null) {
            problem = "承接主体为空";
        }
        return new Resolution(receivers, unknown, problem);
    }
}
