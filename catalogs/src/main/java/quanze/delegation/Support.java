package quanze.delegation;

import java.util.List;
import quanze.catalog.Labeled;

/** formats.md §2 配套保障: 人随事转、钱随事转 (TW6 §10). 编制 counts as staff. */
public enum Support implements Labeled {
    STAFF("人员", "编制"), FUNDING("经费", "资金"), TECH("技术"), TRAINING("培训");

    private final List<String> labels;

    Support(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
