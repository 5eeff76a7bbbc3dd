package quanze.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static quanze.importing.Fixtures.fixture;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import quanze.admission.Admission;
import quanze.admission.TownshipOpinion;
import quanze.delegation.Delegation;
import quanze.delegation.Opinion;
import quanze.duty.DutyList;
import quanze.duty.ListItem;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.delegation.DelegationEngine;
import quanze.report.AnnotatedReport;

/**
 * formats.md "What government exports carry around the data": files as OA systems and WPS write them, each form in
 * a fixture of its own, read as a clerk would read them.
 */
class RealCountyFilesTest {
    static final String PINGXIANG = "621121100";
    static final String YIGANGCHUAN = "621121105";

    @Test
    void anOaExportIsReadBetweenItsTitleRowsAndItsTotalAndNoteRowsWithTicksDottedDatesAndFullWidthDigits() throws Exception {
        Registry registry = Fixtures.demoRegistry();
        DelegationCatalog.Rows rows = DelegationCatalog.read(fixture("OA导出的赋权清单.csv"), "OA导出的赋权清单.csv", registry);
        assertThat(rows.headerRow()).isEqualTo(4);
        assertThat(rows.rows()).extracting(DelegationCatalog.Row::rowNumber).containsExactly(5, 6, 7);
        Delegation first = rows.rows().get(0).delegation();
        assertThat(first.published()).isTrue();
        assertThat(first.inGuidanceCatalog()).isTrue();
        assertThat(first.reEntrust()).isFalse();
        assertThat(first.effectiveFrom()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(first.lastEvaluated()).isEqualTo(LocalDate.of(2025, 6, 30));
        Delegation second = rows.rows().get(1).delegation();
        assertThat(second.published()).isTrue();
        assertThat(second.reEntrust()).isFalse();
        assertThat(second.effectiveFrom()).as("a date serial in a text cell").isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(rows.rows().get(1).receivers().get(0).township().code()).as("平襄镇人民政府 is 平襄镇").isEqualTo(PINGXIANG);
        assertThat(rows.rows().get(2).receivers().get(0).township().code()).as("full-width spaces trimmed").isEqualTo(YIGANGCHUAN);
        assertThat(rows.rows().get(2).delegation().lastEvaluated()).as("an OA timestamp").isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(rows.skipped()).extracting(CatalogReader.Skipped::rowNumber).containsExactly(8, 9);
        assertThat(rows.skipped().get(0).reason()).contains("合计");
        assertThat(rows.skipped().get(1).reason()).contains("说明");
    }

    @Test
    void theReportsSummarySheetSaysWhichRowsWereSkippedAndWhy() throws Exception {
        Registry registry = Fixtures.demoRegistry();
        var file = fixture("OA导出的赋权清单.csv");
        DelegationCatalog.Rows rows = DelegationCatalog.read(file, "OA导出的赋权清单.csv", registry);
        RuleBase rules = RuleBase.load();
        Vetting.Result vetted = Vetting.delegations(rows, registry, new DelegationEngine(rules, Clock.systemUTC()),
                LocalDate.of(2026, 11, 23));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnotatedReport.write(file, "OA导出的赋权清单.csv", rows.sheet(), rows.headerRow(), vetted.verdicts(), rules.rules(), out);
        try (InputStream in = new java.io.ByteArrayInputStream(out.toByteArray()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet(AnnotatedReport.SUMMARY);
            DataFormatter f = new DataFormatter();
            List<String> firstColumn = new java.util.ArrayList<>();
            for (Row r : summary) {
                firstColumn.add(f.formatCellValue(r.getCell(0)) + "|" + f.formatCellValue(r.getCell(1)));
            }
            assertThat(firstColumn).anyMatch(l -> l.startsWith("第8行|合计行"));
            assertThat(firstColumn).anyMatch(l -> l.startsWith("第9行|说明行"));
        }
    }

    @Test
    void aWpsCsvInGbkWithOpinionsInEveryFormClerksWriteIsRead() throws Exception {
        Registry registry = Fixtures.demoRegistry();
        List<Admission> rows = AdmissionCatalog.read(fixture("WPS导出的准入申请_GBK.csv"), "WPS导出的准入申请_GBK.csv", registry).values();
        assertThat(rows).hasSize(4);
        for (Admission a : rows) {
            assertThat(a.opinions()).as(a.requestId()).hasSize(2);
        }
        assertThat(opinionOf(rows.get(0), registry, YIGANGCHUAN)).as("平襄镇同意，义岗川镇不同意").isEqualTo(Opinion.DISAGREE);
        assertThat(opinionOf(rows.get(0), registry, PINGXIANG)).isEqualTo(Opinion.AGREE);
        assertThat(opinionOf(rows.get(1), registry, YIGANGCHUAN)).as("bracketed").isEqualTo(Opinion.DISAGREE);
        assertThat(opinionOf(rows.get(2), registry, YIGANGCHUAN)).as("one opinion for two townships").isEqualTo(Opinion.AGREE);
        assertThat(opinionOf(rows.get(2), registry, PINGXIANG)).isEqualTo(Opinion.AGREE);
        assertThat(opinionOf(rows.get(3), registry, PINGXIANG)).as("平襄镇人民政府:同意").isEqualTo(Opinion.AGREE);
        assertThat(opinionOf(rows.get(3), registry, YIGANGCHUAN)).as("义岗川镇均同意").isEqualTo(Opinion.AGREE);
        assertThat(rows.get(3).opinionsHeard()).as("√").isTrue();
        assertThat(rows.get(3).staffing()).as("full-width digits").isEqualTo(1);
    }

    private static Opinion opinionOf(Admission a, Registry registry, String code) {
        return a.opinions().stream().filter(o -> registry.find(o.township()).orElseThrow().code().equals(code))
                .map(TownshipOpinion::opinion).findFirst().orElse(null);
    }

    @Test
    void aBlockMergedDownTheRowsGivesItsValueToEveryRowItSpans() throws Exception {
        Registry registry = Fixtures.demoRegistry();
        var rows = DutyCatalog.read(fixture("合并单元格的履职事项清单.xlsx"), "合并单元格的履职事项清单.xlsx", registry);
        List<ListItem> items = rows.values();
        assertThat(items).hasSize(6);
        assertThat(items).extracting(ListItem::township).containsOnly(PINGXIANG);
        assertThat(items).extracting(ListItem::list).containsExactly(DutyList.BASIC, DutyList.BASIC, DutyList.BASIC,
                DutyList.COOPERATING, DutyList.COOPERATING, DutyList.RECLAIMED);
        assertThat(items.get(1).domain()).isEqualTo("党的建设");
        assertThat(rows.skipped()).extracting(CatalogReader.Skipped::rowNumber).containsExactly(9, 10);
    }

    @Test
    void aDateSerialInAGeneralCellAndTicksAndCrossesAreReadAsDatesAndYesOrNo() throws Exception {
        Registry registry = Fixtures.demoRegistry();
        DelegationCatalog.Rows rows = DelegationCatalog.read(fixture("常规格式日期与勾叉的赋权清单.xlsx"),
                "常规格式日期与勾叉的赋权清单.xlsx", registry);
        assertThat(rows.rows()).hasSize(2);
        Delegation first = rows.rows().get(0).delegation();
        assertThat(first.effectiveFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(first.lastEvaluated()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(first.published()).isTrue();
        Delegation second = rows.rows().get(1).delegation();
        assertThat(second.effectiveFrom()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(second.published()).as("有").isTrue();
        assertThat(second.inGuidanceCatalog()).as("×").isFalse();
        assertThat(rows.skipped()).extracting(CatalogReader.Skipped::rowNumber).containsExactly(4);
    }

    @Test
    void aDateOutsideNineteenFortyNineToTwentyOneHundredIsAnImportErrorNamingItsCell() throws Exception {
        Registry registry = Fixtures.demoRegistry();
        String sheet = "日期超出范围的赋权清单.csv";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DelegationCatalog.read(fixture(sheet), sheet, registry))
                .isInstanceOfSatisfying(quanze.sheet.ImportFailure.class, f -> assertThat(f.problems())
                        .extracting(p -> p.row() + "|" + p.column() + "|" + p.message())
                        .containsExactly(
                                "2|实施日期|“1900-01-01”超出范围，应为1949年至2100年之间的日期",
                                "3|最近评估日期|“2101年1月1日”超出范围，应为1949年至2100年之间的日期"));
    }
}
