package quanze.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quanze.engine.Registry;
import quanze.importing.DelegationCatalog;
import quanze.importing.TownshipCatalog;
import quanze.township.Township;

/** Spreadsheets as they arrive from county offices: each a fixture file, each read or refused clearly. */
class HostileFilesTest {
    static final Set<String> PROFILES = Set.of("GS", "CN");

    static Path fixture(String name) {
        try {
            return Path.of(HostileFilesTest.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ImportProblem> refused(String name) {
        try {
            TownshipCatalog.read(fixture(name), name, PROFILES);
        } catch (ImportFailure f) {
            return f.problems();
        }
        throw new AssertionError(name + " 应被拒绝");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithOneMessage() {
        assertThat(refused("加密的名册.xlsx")).containsExactly(ImportProblem.ofFile(
                "文件是旧版 Excel（.xls）格式或设置了打开密码，无法读取：请取消密码后另存为 .xlsx 再导入"));
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithTheAdviceToSaveAsXlsx() {
        assertThat(refused("旧版名册.xls")).containsExactly(ImportProblem.ofFile(
                "文件是旧版 Excel（.xls）格式或设置了打开密码，无法读取：请取消密码后另存为 .xlsx 再导入"));
    }

    @Test
    void aCellLongerThanTheDatabaseKeepsAndAnOverlongCodeAreRefusedByRowAndColumn() {
        assertThat(refused("超长单元格的名册.csv")).containsExactly(
                new ImportProblem("超长单元格的名册.csv", 2, "乡镇名称", "内容过长（10001个字符），每个单元格最多10000个字符"),
                new ImportProblem("超长单元格的名册.csv", 3, "乡镇代码",
                        "“620000101234567890123”超过20位（统计用区划代码为9位或12位）"));
    }

    @Test
    void aNulCharacterInACellIsRefusedByRowAndColumn() {
        // no clerk types a NUL, and PostgreSQL cannot store one: a damaged file, said so where it is
        assertThat(refused("含空字符的名册.csv")).containsExactly(
                new ImportProblem("含空字符的名册.csv", 2, "乡镇名称", "含有空字符（\\u0000），文件可能已损坏，请删除该字符后重新上传"));
    }

    @Test
    void aZipBombIsRefusedWithOneMessage() {
        assertThat(refused("压缩炸弹.xlsx")).containsExactly(ImportProblem.ofFile("文件解压后异常膨胀（疑似压缩炸弹），已拒绝导入"));
    }

    @Test
    void aSheetOverTheRowLimitIsRefusedWithOneMessage() {
        System.setProperty("quanze.import.max-rows", "1");
        try {
            assertThat(refused("GBK编码的名册.csv")).containsExactly(new ImportProblem("GBK编码的名册.csv", 0, null,
                    "数据超过1行的上限，请按县（市、区）拆分后分别导入"));
            assertThat(refused("隐藏工作表与合并标题.xlsx")).extracting(ImportProblem::message)
                    .containsExactly("数据超过1行的上限，请按县（市、区）拆分后分别导入");
        } finally {
            System.clearProperty("quanze.import.max-rows");
        }
    }

    @Test
    void aCsvSavedByChineseExcelInGbkIsRead() throws Exception {
        List<Township> townships = TownshipCatalog.read(fixture("GBK编码的名册.csv"), "GBK编码的名册.csv", PROFILES);
        assertThat(townships).extracting(Township::name).containsExactly("平襄镇", "李家店乡");
        assertThat(townships.get(1).enforcementTeam()).isFalse();
    }

    @Test
    void aHiddenNotesSheetAndAMergedTitleRowAreSkippedToTheDataSheet() throws Exception {
        List<Township> townships = TownshipCatalog.read(fixture("隐藏工作表与合并标题.xlsx"), "x.xlsx", PROFILES);
        assertThat(townships).extracting(Township::code).containsExactly("621121100", "621121200");
    }

    @Test
    void aTwoRowHeaderWithMergedCellsIsReadAsOneHeader() throws Exception {
        List<Township> townships = TownshipCatalog.read(fixture("两行合并表头的名册.xlsx"), "m.xlsx", PROFILES);
        assertThat(townships).extracting(Township::name).containsExactly("平襄镇", "李家店乡");
        assertThat(townships.get(0).certifiedOfficers()).isEqualTo(12);
        assertThat(townships.get(1).enforcementTeam()).isFalse();
    }

    @Test
    void datesWrittenAsTextInEveryAcceptedFormAndAsExcelDatesAreRead() throws Exception {
        Registry registry = new Registry(TownshipCatalog.read(fixture("GBK编码的名册.csv"), "g.csv", PROFILES));
        DelegationCatalog.Rows rows = DelegationCatalog.read(fixture("文本日期与数字日期.xlsx"), "d.xlsx", registry);
        assertThat(rows.rows().get(0).delegation().effectiveFrom()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(rows.rows().get(0).delegation().lastEvaluated()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(rows.rows().get(1).delegation().effectiveFrom()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(rows.rows().get(1).delegation().lastEvaluated()).isEqualTo(LocalDate.of(2025, 6, 30));
    }
}
