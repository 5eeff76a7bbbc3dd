package quanze.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static quanze.importing.Fixtures.fixture;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quanze.catalog.Codes;
import quanze.delegation.Category;
import quanze.delegation.Mode;
import quanze.delegation.Support;
import quanze.engine.Registry;
import quanze.sheet.ImportFailure;

class DelegationCatalogTest {

    @Test
    void theDemoCatalogExpandsAllTownshipsToEveryTownshipOfTheCounty() throws Exception {
        Registry registry = Fixtures.demoRegistry();
        DelegationCatalog.Rows rows = DelegationCatalog.read(Fixtures.DEMO_DELEGATIONS, "赋权事项清单.csv", registry);
        assertThat(rows.rows()).hasSize(42);
        assertThat(rows.headerRow()).isEqualTo(2);
        DelegationCatalog.Row first = rows.rows().get(0);
        assertThat(first.rowNumber()).isEqualTo(3);
        assertThat(first.receivers()).hasSize(18);
        assertThat(first.delegation().support()).containsExactlyInAnyOrder(Support.STAFF, Support.FUNDING);
    }

    @Test
    void threeBadRowsAreAllListedWithSheetRowColumnAndMessage() throws Exception {
        Registry registry = Fixtures.demoRegistry();
        Path file = fixture("三行错误的赋权清单.csv");
        String sheet = "三行错误的赋权清单.csv";
        assertThatThrownBy(() -> DelegationCatalog.read(file, sheet, registry))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.problems())
                        .extracting(p -> p.sheet() + "|" + p.row() + "|" + p.column() + "|" + p.message())
                        .containsExactly(
                                sheet + "|3|事项类别|“行政审批”不是可识别的值，应为：" + Codes.choices(Category.class),
                                sheet + "|5|承接主体|“平安镇”不是乡镇名册中的乡镇（街道），也不是村（社区）",
                                sheet + "|6|最近评估日期|“2023-13-45”不是日期，应为 Excel 日期或 2024-01-31、2024/1/31、2024.1.31、2024年1月31日"));
    }

    @Test
    void anXlsxIsStreamedFromTheFirstSheetThatHoldsTheHeaderWithExcelDatesAndFormulas(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("赋权.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet notes = wb.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("本工作簿第二张表为赋权事项清单");
            Sheet s = wb.createSheet("赋权事项");
            s.createRow(0).createCell(0).setCellValue("通渭县赋权事项清单");
            String[] header = {"承接主体", "事项名称", "事项编码", "原实施部门", "赋权方式", "事项类别（大类）", "事项类别",
                    "最近评估日期", "持证人数（公式）"};
            Row h = s.createRow(2);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            Row r = s.createRow(3);
            r.createCell(0).setCellValue("621121100");
            r.createCell(1).setCellValue("对损毁城市绿化设施的处罚");
            r.createCell(2).setCellValue(20230101);
            r.createCell(3).setCellValue("县住房和城乡建设局");
            r.createCell(4).setCellValue("交由");
            r.createCell(6).setCellValue("行政处罚");
            r.createCell(7).setCellValue(LocalDate.of(2025, 6, 30));
            r.getCell(7).setCellStyle(date);
            r.createCell(8).setCellFormula("1+1");
            wb.setForceFormulaRecalculation(false);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        DelegationCatalog.Rows rows = DelegationCatalog.read(file, "赋权.xlsx", Fixtures.demoRegistry());
        assertThat(rows.sheet()).isEqualTo("赋权事项");
        assertThat(rows.headerRow()).isEqualTo(3);
        DelegationCatalog.Row row = rows.rows().get(0);
        assertThat(row.rowNumber()).isEqualTo(4);
        assertThat(row.delegation().itemCode()).isEqualTo("20230101");
        assertThat(row.delegation().mode()).isEqualTo(Mode.DEVOLVE);
        assertThat(row.delegation().lastEvaluated()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(row.receivers()).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("平襄镇"));
    }
}
