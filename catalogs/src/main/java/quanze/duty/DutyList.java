package quanze.duty;

import java.util.List;
import quanze.catalog.Labeled;

/** LZQD: the three lists every township keeps (formats.md §6 清单类型). */
public enum DutyList implements Labeled {
    BASIC("基本履职事项"), COOPERATING("配合履职事项"), RECLAIMED("上级部门收回事项");

    private final List<String> labels;

    DutyList(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
