package quanze.burden;

import java.util.List;
import quanze.catalog.Labeled;

/** rules.md ASM issuer levels, highest first. Which count as central or provincial is the decision table 发文机关层级, not code. */
public enum IssuerLevel implements Labeled {
    PARTY_CENTRAL("党中央"),
    STATE_COUNCIL("国务院"),
    CENTRAL_OFFICES("中共中央办公厅", "国务院办公厅", "中办", "国办"),
    PROVINCIAL_PARTY("省委"),
    PROVINCIAL_GOV("省政府"),
    PROVINCIAL_OFFICES("省委办公厅", "省政府办公厅"),
    PROVINCIAL_DEPT("省级部门"),
    CITY("市级"),
    COUNTY("县级"),
    NONE("无");

    private final List<String> labels;

    IssuerLevel(String... labels) {
        this.labels = List.of(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }
}
