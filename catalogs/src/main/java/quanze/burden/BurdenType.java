package quanze.burden;

import java.util.List;
import quanze.catalog.Labeled;

/** formats.md §5 类型 / api.md burden type. */
public enum BurdenType implements Labeled {
    VETO("一票否决"),
    CONTRACT("责任状"),
    QUOTA("分解下达指标"),
    ACCEPTANCE_CHECK("考核验收"),
    DIRECT_ASSESSMENT("直接考核"),
    RANKING("评比达标"),
    DEMONSTRATION("示范创建");

    private final List<String> labels;

    BurdenType(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
