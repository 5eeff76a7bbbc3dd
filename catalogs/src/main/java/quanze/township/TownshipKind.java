package quanze.township;

import java.util.List;
import quanze.catalog.Labeled;

/** formats.md §1 类型. */
public enum TownshipKind implements Labeled {
    XIANG("乡"), ZHEN("镇"), JIEDAO("街道");

    private final List<String> labels;

    TownshipKind(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
