package quanze.delegation;

import java.util.List;
import quanze.catalog.Labeled;

/** formats.md §2 承接意见. */
public enum Opinion implements Labeled {
    AGREE("同意"), DISAGREE("不同意"), NOT_ASKED("未征求");

    private final List<String> labels;

    Opinion(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
