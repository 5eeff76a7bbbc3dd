package quanze.decision;

import java.util.List;
import quanze.catalog.Labeled;

/** rules.md "Outcomes": the order is from weakest to strongest. */
public enum Severity implements Labeled {
    ADVISORY("提示"),
    CORRECTABLE("需补正"),
    BLOCKING("禁止");

    private final List<String> labels;

    Severity(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
