package quanze.admission;

import java.util.List;
import quanze.catalog.Labeled;

/** formats.md §4 申请类型: 准入 (a new task to townships) or 准出 (taking one back). */
public enum RequestType implements Labeled {
    ADMIT("准入"),
    EXIT("准出");

    private final List<String> labels;

    RequestType(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
