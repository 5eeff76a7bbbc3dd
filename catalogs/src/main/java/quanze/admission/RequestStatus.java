package quanze.admission;

import java.util.List;
import quanze.catalog.Labeled;

/** formats.md §4 申请状态. */
public enum RequestStatus implements Labeled {
    DRAFT("草拟"),
    PLANNED("拟实施"),
    IN_FORCE("已实施");

    private final List<String> labels;

    RequestStatus(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
