package quanze.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quanze.delegation.Category;
import quanze.delegation.Mode;

class CodesTest {

    @Test
    void acceptsTheCodeOrAnyChineseLabelIgnoringWidthAndSpaces() {
        assertThat(Codes.parse(Category.class, "PENALTY")).contains(Category.PENALTY);
        assertThat(Codes.parse(Category.class, " 行政处罚　")).contains(Category.PENALTY);
        assertThat(Codes.parse(Mode.class, "交由")).contains(Mode.DEVOLVE);
        assertThat(Codes.parse(Mode.class, "下放")).contains(Mode.DEVOLVE);
    }

    @Test
    void anUnknownValueIsEmpty() {
        assertThat(Codes.parse(Category.class, "行政审批")).isEmpty();
        assertThat(Codes.parse(Category.class, "")).isEmpty();
    }

    @Test
    void fullWidthBracketsAndDigitsFoldToHalfWidth() {
        assertThat(Text.normalise("全部乡镇（街道）")).isEqualTo("全部乡镇(街道)");
        assertThat(Text.normalise("１２")).isEqualTo("12");
    }
}
