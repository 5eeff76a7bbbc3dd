package quanze.admission;

import java.util.List;
import quanze.catalog.Labeled;

/** formats.md §4 转嫁方式: how a duty would be pushed onto townships (TW6 §13). */
public enum ShiftMechanism implements Labeled {
    NONE("无"),
    CONTRACT("责任状"),
    QUOTA("分解下达指标"),
    ACCEPTANCE_CHECK("考核验收");

    private final List<String> labels;

    ShiftMechanism(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
