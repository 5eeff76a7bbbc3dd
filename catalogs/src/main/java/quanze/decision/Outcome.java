package quanze.decision;

import java.util.List;
import quanze.catalog.Labeled;

/** api.md "outcomes", with the Chinese wording of rules.md "Outcomes". */
public enum Outcome implements Labeled {
    ALLOW("可以下放"), CORRECT("需补正"), DENY("不得下放"),
    ADMIT("准予准入"), RETURN("退回补正"), REJECT("不予准入"),
    RETAIN("予以保留"), REVIEW("需补充依据"), ABOLISH("应予取消"),
    VALID("合规"), INVALID("不合规");

    private final List<String> labels;

    Outcome(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
