package quanze.burden;

import java.util.List;
import quanze.catalog.Labeled;

/**
 * rules.md ASM issuer levels, highest first; 省委 and 省政府 (and their offices) are separate levels because JS and GZ
 * accept only 中央 and 省委 for a 一票否决. Which count for what is the word table burden/issuer-levels.csv, not code.
 */
public enum IssuerLevel implements Labeled {
    PARTY_CENTRAL("党中央", "中共中央", "中共中央、国务院"),
    STATE_COUNCIL("国务院"),
    CENTRAL_OFFICES("中共中央办公厅", "国务院办公厅", "中办", "国办", "中共中央办公厅、国务院办公厅"),
    /** A joint 省委、省政府 document is the 省委's too. */
    PROVINCIAL_PARTY("省委", "中共省委", "省委、省政府", "省委省政府"),
    PROVINCIAL_PARTY_OFFICE("省委办公厅", "省委办", "省委办公厅、省政府办公厅", "省委办公厅省政府办公厅"),
    PROVINCIAL_GOV("省政府", "省人民政府"),
    PROVINCIAL_GOV_OFFICE("省政府办公厅", "省政府办", "省人民政府办公厅"),
    /** Either general office, not saying which (api.md's older code): judged as the weaker, 省政府办公厅, where they differ. */
    PROVINCIAL_OFFICES("省委或省政府办公厅"),
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
