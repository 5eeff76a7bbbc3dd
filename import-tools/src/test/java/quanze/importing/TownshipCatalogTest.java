package quanze.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static quanze.importing.Fixtures.PROFILES;
import static quanze.importing.Fixtures.fixture;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import quanze.sheet.ImportFailure;
import quanze.sheet.ImportProblem;
import quanze.township.Township;
import quanze.township.TownshipKind;

class TownshipCatalogTest {

    @Test
    void readsTheDemoCountyWithItsTitleRow() throws Exception {
        List<Township> townships = TownshipCatalog.read(Fixtures.DEMO_TOWNSHIPS, "名册.csv", PROFILES);
        assertThat(townships).hasSize(18);
        Township first = townships.get(0);
        assertThat(first.name()).isEqualTo("平襄镇");
        assertThat(first.kind()).isEqualTo(TownshipKind.ZHEN);
        assertThat(first.countySeat()).isTrue();
        assertThat(first.certifiedOfficers()).isEqualTo(12);
    }

    @Test
    void findsHeadersInAnyOrderBelowTitleRowsWithBomSpacesHalfWidthBracketsAndFullWidthDigits() throws Exception {
        Path file = fixture("名册_BOM_乱序_半角括号.csv");
        List<Township> townships = TownshipCatalog.read(file, file.getFileName().toString(), PROFILES);
        assertThat(townships).extracting(Township::name).containsExactly("平襄镇", "李家店乡");
        assertThat(townships.get(1).certifiedOfficers()).isEqualTo(2);
        assertThat(townships.get(1).enforcementTeam()).isTrue();
        assertThat(townships.get(1).county()).isEqualTo("通渭县");
    }

    @Test
    void aMissingRequiredColumnNamesTheColumnsAndTheHeaderRow() {
        Path file = fixture("缺少必填列的名册.csv");
        assertThatThrownBy(() -> TownshipCatalog.read(file, "缺少必填列的名册.csv", PROFILES))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.problems()).containsExactly(
                        new ImportProblem("缺少必填列的名册.csv", 1, null, "表头缺少必填列：综合行政执法队伍、持证执法人员数")));
    }

    @Test
    void duplicateCodesUnknownProfilesAndNegativeCountsAreAllListed() {
        Path file = fixture("重复编码的名册.csv");
        assertThatThrownBy(() -> TownshipCatalog.read(file, "重复编码的名册.csv", PROFILES))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.problems())
                        .extracting(ImportProblem::display)
                        .containsExactly(
                                "工作表“重复编码的名册.csv”第3行“规则配置”列：“XX”不是已知的省份配置，应为：" + String.join("、", PROFILES),
                                "工作表“重复编码的名册.csv”第3行“持证执法人员数”列：“-1”不是大于等于0的整数",
                                "工作表“重复编码的名册.csv”第3行“乡镇代码”列：乡镇代码“621121100”与第2行重复"));
    }

    @Test
    void anEmptyFileIsRefusedWithOneMessage() {
        assertThatThrownBy(() -> TownshipCatalog.read(fixture("空文件.csv"), "空文件.csv", PROFILES))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.problems())
                        .containsExactly(ImportProblem.ofFile("文件是空的")));
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedWithOneMessage() {
        assertThatThrownBy(() -> TownshipCatalog.read(fixture("不是表格.xlsx"), "不是表格.xlsx", PROFILES))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.problems())
                        .containsExactly(ImportProblem.ofFile("文件不是 .xlsx 或 .csv 表格，请用 Excel 另存为 .xlsx 后导入")));
    }
}
