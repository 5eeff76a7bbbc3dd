package quanze.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A word table a reviewer broke is refused at start-up with the line as the file shows it, comments counted. */
class RuleTablesTest {

    @Test
    void aRowWithAnUnknownRoleNamesItsLineCountingTheCommentsAboveTheHeader() {
        String csv = "# 说明\n# 第二行说明\n用语,作用,归类,配置,依据,说明\n甲,命中,x,,TW6 §4,\n乙,错,x,,TW6 §4,\n";
        assertThatThrownBy(() -> RuleTables.parse("quanze/t.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("quanze/t.csv 第5行：作用应为“命中”或“排除”，不是“错”");
    }

    @Test
    void aRowWithoutItsClauseIsRefused() {
        String csv = "\uFEFF用语,作用,归类,配置,依据,说明\n甲,命中,x,,TW6 §4,\n乙,命中,x,,,\n";
        assertThatThrownBy(() -> RuleTables.parse("quanze/t.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("quanze/t.csv 第3行：“依据”不能为空");
    }
}
