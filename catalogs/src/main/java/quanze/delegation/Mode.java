package quanze.delegation;

import java.util.List;
import quanze.catalog.Labeled;

/** formats.md §2 赋权方式: 下放 and 交由 are the same legal act (XZCF 第二十四条). */
public enum Mode implements Labeled {
    DEVOLVE("下放", "交由"),
    ENTRUST("委托"),
    AUTHORIZE("授权");

    private final List<String> labels;

    Mode(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
