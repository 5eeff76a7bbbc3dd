package quanze.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quanze.decision.Decision;
import quanze.decision.Finding;
import quanze.decision.Severity;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.delegation.DelegationEngine;
import quanze.importing.DelegationCatalog;
import quanze.importing.Vetting;
import quanze.importing.Fixtures;

class AnnotatedReportTest {
    static RuleBase rules;
    static Vetting.Result result;
    static DelegationCatalog.Rows rows0;

    @BeforeAll
    static void vetTheDemoCounty() throws Exception {
        rules = RuleBase.load();
        Registry registry = Fixtures.demoRegistry();
        DelegationCatalog.Rows rows = DelegationCatalog.read(Fixtures.DEMO_DELEGATIONS, "赋权事项清单.csv", registry);
        rows0 = rows;
        result = Vetting.delegations(rows, registry, new DelegationEngine(rules, Clock.systemUTC()),
                LocalDate.of(2026, 11, 23));
    }

    @Test
    void redRowsAreExactlyTheRowsWithBlockingFindingsAndYellowOnlyCorrectable(@TempDir Path dir) throws Exception {
        Sheet sheet = report(dir).getSheet("通渭县赋权事项清单");
        Row header = sheet.getRow(1);
        int added = header.getLastCellNum() - 4;
        assertThat(List.of(header.getCell(added).getStringCellValue(), header.getCell(added + 1).getStringCellValue(),
                header.getCell(added + 2).getStringCellValue(), header.getCell(added + 3).getStringCellValue()))
                .containsExactly("结论", "规则", "问题说明", "依据");
        List<String> red = new ArrayList<>();
        List<String> yellow = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            XSSFColor fill = ((XSSFCellStyle) row.getCell(0).getCellStyle()).getFillForegroundColorColor();
            String code = row.getCell(0).getStringCellValue();
            if (fill != null && java.util.Arrays.equals(fill.getRGB(), AnnotatedReport.RED)) {
                red.add(code);
            } else if (fill != null && java.util.Arrays.equals(fill.getRGB(), AnnotatedReport.YELLOW)) {
                yellow.add(code);
            }
        }
        assertThat(red).containsExactlyInAnyOrderElementsOf(rowsWith(Severity.BLOCKING));
        assertThat(yellow).containsExactlyInAnyOrderElementsOf(rowsWithWorst(Severity.CORRECTABLE));
        assertThat(red).contains("TW-CF-003", "TW-QZ-002", "TW-XK-006").doesNotContain("TW-CF-001");
    }

    @Test
    void aDeniedRowExplainsItselfWithRuleMessageAndClause(@TempDir Path dir) throws Exception {
        Sheet sheet = report(dir).getSheet("通渭县赋权事项清单");
        Row row = findRow(sheet, "TW-CF-004");
        int added = sheet.getRow(1).getLastCellNum() - 4;
        assertThat(row.getCell(added).getStringCellValue()).isEqualTo("不得下放");
        assertThat(row.getCell(added + 1).getStringCellValue()).isEqualTo("DLG-05");
        assertThat(row.getCell(added + 2).getStringCellValue()).contains("省级人民政府");
        assertThat(row.getCell(added + 3).getStringCellValue()).isEqualTo("XZCF 第二十四条；JS §16（集中报省政府同意）");
    }

    @Test
    void theSummarySheetCountsRowsByOutcomeFindingsByRuleAndCasesByTownship(@TempDir Path dir) throws Exception {
        Sheet summary = report(dir).getSheet("汇总");
        assertThat(summary).isNotNull();
        List<String> firstColumn = new ArrayList<>();
        summary.forEach(r -> firstColumn.add(r.getCell(0).getStringCellValue()));
        assertThat(firstColumn).contains("按结论统计（行数）", "可以下放（ALLOW）", "按规则统计（问题数）", "DLG-07",
                "按乡镇统计（事项数）", "义岗川镇");
        Row total = summary.getRow(firstColumn.indexOf("合计"));
        assertThat((int) total.getCell(1).getNumericCellValue()).isEqualTo(42);
    }

    @Test
    void aProvinceSizeWorkbookIsStreamedAndEveryRowIsAnnotatedEvenPastTheWriteWindow(@TempDir Path dir) throws Exception {
        int townships = AnnotatedReport.IN_PLACE_LIMIT / 200 + 1;
        assertThat(quanze.cli.Generate.run(new String[] {"generate", "--townships", String.valueOf(townships),
                "--items-per-township", "200", "--out", dir.toString()}, System.out, System.err)).isZero();
        Registry registry = new Registry(quanze.importing.TownshipCatalog.read(dir.resolve("townships.xlsx"), "t.xlsx",
                Fixtures.PROFILES));
        Path xlsx = dir.resolve("delegations.xlsx");
        DelegationCatalog.Rows rows = DelegationCatalog.read(xlsx, "delegations.xlsx", registry);
        assertThat(rows.rows()).hasSizeGreaterThan(AnnotatedReport.IN_PLACE_LIMIT);
        Vetting.Result vetted = Vetting.delegations(rows, registry, new DelegationEngine(rules, Clock.systemUTC()),
                LocalDate.of(2026, 11, 23));
        Path out = dir.resolve("report.xlsx");
        try (java.io.OutputStream o = Files.newOutputStream(out)) {
            AnnotatedReport.write(xlsx, "delegations.xlsx", rows.sheet(), rows.headerRow(), vetted.verdicts(), rules.rules(), o);
        }
        // read it back streamed, as a user's Excel would open it: the last row carries its verdict too
        List<List<String>> tail = new ArrayList<>();
        quanze.sheet.SheetReader.rows(out, "delegations", (n, cells) -> {
            if (n == rows.rows().size() + 1) {
                tail.add(cells);
            }
        });
        assertThat(tail).hasSize(1);
        String outcome = tail.get(0).get(tail.get(0).size() - 4);
        assertThat(outcome).isEqualTo(vetted.verdicts().row(rows.rows().size() + 1).outcome().label());
    }

    @Test
    void aListLongerThanASheetHoldsGoesOnInContinuedSheetsEachUnderTheHeader(@TempDir Path dir) throws Exception {
        // Excel's 1,048,576 rows in small: 20 rows a sheet; the demo list has a title row, its header and 42 rows
        Path whole = dir.resolve("whole.xlsx");
        Path continued = dir.resolve("continued.xlsx");
        try (OutputStream a = Files.newOutputStream(whole); OutputStream b = Files.newOutputStream(continued)) {
            AnnotatedReport.write(Fixtures.DEMO_DELEGATIONS, "通渭县赋权事项清单.csv", null, 2, result.verdicts(), rules.rules(), a);
            AnnotatedReport.write(Fixtures.DEMO_DELEGATIONS, "通渭县赋权事项清单.csv", null, 2, result.verdicts(), rules.rules(), b, 20);
        }
        List<List<String>> expected = cells(whole, "通渭县赋权事项清单");
        List<List<String>> head = expected.subList(0, 2);
        List<String> sheets = List.of("通渭县赋权事项清单", "通渭县赋权事项清单（续2）", "通渭县赋权事项清单（续3）");
        List<List<String>> joined = new ArrayList<>(head);
        for (String sheet : sheets) {
            List<List<String>> rowsOfSheet = cells(continued, sheet);
            assertThat(rowsOfSheet.size()).as(sheet).isLessThanOrEqualTo(20);
            assertThat(rowsOfSheet.subList(0, 2)).as(sheet + " 以标题行和表头开始").isEqualTo(head);
            joined.addAll(rowsOfSheet.subList(2, rowsOfSheet.size()));
        }
        assertThat(joined).isEqualTo(expected);
        try (InputStream in = Files.newInputStream(continued); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).as("三张数据表和汇总").isEqualTo(4);
            assertThat(wb.getSheetName(3)).isEqualTo(AnnotatedReport.SUMMARY);
        }
    }

    private static List<List<String>> cells(Path xlsx, String sheet) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        quanze.sheet.SheetReader.rows(xlsx, sheet, (n, cells) -> rows.add(cells));
        return rows;
    }

    private static XSSFWorkbook report(Path dir) throws Exception {
        Path out = dir.resolve("report.xlsx");
        try (OutputStream o = Files.newOutputStream(out)) {
            AnnotatedReport.write(Fixtures.DEMO_DELEGATIONS, "通渭县赋权事项清单.csv", null, 2, result.verdicts(),
                    rules.rules(), o);
        }
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Row findRow(Sheet sheet, String code) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && code.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("报告中没有 " + code);
    }

    private static List<String> rowsWith(Severity severity) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows0.rows().size(); i++) {
            boolean hit = result.decisionsByRow().get(i).stream().flatMap(d -> d.findings().stream())
                    .anyMatch(f -> f.severity() == severity);
            if (hit) {
                out.add(rows0.rows().get(i).delegation().itemCode());
            }
        }
        return out;
    }

    private static List<String> rowsWithWorst(Severity severity) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows0.rows().size(); i++) {
            Severity worst = result.decisionsByRow().get(i).stream().flatMap(d -> d.findings().stream())
                    .map(Finding::severity).max(Enum::compareTo).orElse(null);
            if (worst == severity) {
                out.add(rows0.rows().get(i).delegation().itemCode());
            }
        }
        return out;
    }

}
