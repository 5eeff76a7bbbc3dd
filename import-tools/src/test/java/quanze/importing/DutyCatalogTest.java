package quanze.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static quanze.importing.Fixtures.fixture;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import quanze.catalog.Codes;
import quanze.duty.DutyList;
import quanze.duty.ListItem;
import quanze.sheet.ImportFailure;
import quanze.sheet.ImportProblem;

class DutyCatalogTest {

    @Test
    void theDemoListsHoldAFewHundredItemsKeyedByTownshipCode() throws Exception {
        CatalogReader.Rows<ListItem> rows = DutyCatalog.read(Path.of("..", "demo", "tongwei-duties.csv"), "d.csv",
                Fixtures.demoRegistry());
        assertThat(rows.rows()).hasSizeBetween(600, 1200);
        assertThat(rows.values()).extracting(ListItem::list).contains(DutyList.BASIC, DutyList.COOPERATING, DutyList.RECLAIMED);
        assertThat(rows.values().get(0).township()).isEqualTo("621121100");
    }

    @Test
    void everyProblemOfABadListIsNamed() {
        Path file = fixture("有错误的履职事项清单.csv");
        String sheet = "有错误的履职事项清单.csv";
        assertThatThrownBy(() -> DutyCatalog.read(file, sheet, Fixtures.demoRegistry()))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.problems())
                        .extracting(ImportProblem::display)
                        .containsExactly(
                                "工作表“" + sheet + "”第3行“清单类型”列：“收回事项”不是可识别的值，应为：" + Codes.choices(DutyList.class),
                                "工作表“" + sheet + "”第4行“事项编号”列：平襄镇基本履职事项清单的事项编号“JB-001”与第2行重复",
                                "工作表“" + sheet + "”第5行“乡镇”列：“平安镇”不是乡镇名册中的乡镇（街道）",
                                "工作表“" + sheet + "”第5行“牵头部门”列：上级部门收回事项必须写明牵头部门"));
    }
}
