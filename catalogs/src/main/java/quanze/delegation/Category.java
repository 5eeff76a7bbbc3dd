package quanze.delegation;

import java.util.List;
import quanze.catalog.Labeled;

/** formats.md §2 事项类别 / api.md category codes. ADMIN_AFFAIR is for admissions only. */
public enum Category implements Labeled {
    LICENSING("行政许可"),
    PENALTY("行政处罚"),
    COERCION("行政强制"),
    INSPECTION("行政检查"),
    CONFIRMATION("行政确认"),
    PAYMENT("行政给付"),
    REWARD("行政奖励"),
    ADJUDICATION("行政裁决"),
    OTHER_POWER("其他行政权力"),
    PUBLIC_SERVICE("公共服务"),
    ADMIN_AFFAIR("行政事务");

    private final List<String> labels;

    Category(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
