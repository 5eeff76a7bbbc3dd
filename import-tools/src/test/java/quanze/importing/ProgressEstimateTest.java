package quanze.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long import's progress bar knows how many rows the list has before it has read them (issue #17: "已审查 x / y
 * 行" while a province streams past): from the data sheet's size once its header is found, then the count.
 */
class ProgressEstimateTest {

    /** What a progress listener was told, in order: "expect n after r rows handed on". */
    private static final class Told implements Progress {
        final List<String> said = new ArrayList<>();
        int read;

        @Override
        public void read(int rows) {
        }

        @Override
        public void decided(int rows, int of) {
        }

        @Override
        public void expect(int rows) {
            said.add("expect " + rows + " after " + read);
        }
    }

    @Test
    void aCsvListIsExpectedAtItsLinesBelowTheHeaderBeforeItsRowsAreRead() throws Exception {
        Told told = new Told();
        var registry = Fixtures.demoRegistry();
        CatalogReader.Streamed rows = CatalogReader.reporting(told, () -> DelegationCatalog.stream(
                Fixtures.DEMO_DELEGATIONS, "赋权事项清单.csv", registry, row -> told.read++));
        // a title row, the header, 42 rows
        assertThat(rows.rows()).isEqualTo(42);
        assertThat(told.said).containsExactly("expect 42 after 0", "expect 42 after 42");
    }

    @Test
    void anXlsxListIsExpectedAtTheRowsOfItsDataSheetBelowTheHeaderThenAtItsCount(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("赋权.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            // another sheet first: its rows are not the list's
            Sheet notes = wb.createSheet("说明");
            for (int i = 0; i < 50; i++) {
                notes.createRow(i).createCell(0).setCellValue("说明第" + (i + 1) + "行");
            }
            Sheet s = wb.createSheet("赋权事项");
            s.createRow(0).createCell(0).setCellValue("通渭县赋权事项清单");
            String[] header = {"承接主体", "事项名称", "事项编码", "原实施部门", "赋权方式", "事项类别"};
            Row h = s.createRow(2);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < 12; r++) {
                Row row = s.createRow(3 + r);
                String[] cells = {"平襄镇", "对损毁城市绿化设施的处罚" + r, "TW-" + r, "县住房和城乡建设局", "交由", "行政处罚"};
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            s.createRow(15).createCell(0).setCellValue("合计");
            wb.write(out);
        }
        Told told = new Told();
        var registry = Fixtures.demoRegistry();
        CatalogReader.Streamed rows = CatalogReader.reporting(told,
                () -> DelegationCatalog.stream(file, "赋权.xlsx", registry, row -> told.read++));
        assertThat(rows.rows()).isEqualTo(12);
        // 15 rows written in the data sheet (title, header, 12, 合计) less the header's row number 3: an estimate
        // that counts the 合计 row and not the empty second row; the count follows once the sheet is read
        assertThat(told.said).containsExactly("expect 12 after 0", "expect 12 after 12");
    }
}
