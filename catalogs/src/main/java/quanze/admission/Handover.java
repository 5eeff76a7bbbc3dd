package quanze.admission;

import java.util.List;
import quanze.catalog.Labeled;

/** formats.md §4 转交方式. */
public enum Handover implements Labeled {
    ENTRUST("委托"),
    ASSIGN("交由承担", "交由");

    private final List<String> labels;

    Handover(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
