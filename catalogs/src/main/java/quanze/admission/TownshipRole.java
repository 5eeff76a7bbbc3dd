package quanze.admission;

import java.util.List;
import quanze.catalog.Labeled;

/** formats.md §4 乡镇承担责任. */
public enum TownshipRole implements Labeled {
    PRIMARY("主体责任"),
    COOPERATING("配合责任");

    private final List<String> labels;

    TownshipRole(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
