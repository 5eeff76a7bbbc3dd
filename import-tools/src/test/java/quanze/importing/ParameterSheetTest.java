package quanze.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import quanze.engine.InvalidParametersException;
import quanze.engine.Parameters;
import quanze.engine.RuleBase;

/** A parameter table an ADMIN uploads is read like any catalog: same sheet reader, same header finder. */
class ParameterSheetTest {
    static final byte[] SHIPPED = RuleBase.read(ParameterSheetTest.class.getClassLoader(), RuleBase.PARAMETERS);

    /** The table as an Excel workbook, with a title row above the header as counties make them. */
    static byte[] asWorkbook(byte[] csv) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("参数");
            s.createRow(0).createCell(0).setCellValue("乡镇机构设置参数表（2026年）");
            int r = 1;
            for (String line : new String(csv, StandardCharsets.UTF_8).split("\n")) {
                Row row = s.createRow(r++);
                String[] cells = line.split(",", -1);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void 以Excel工作簿上传的参数表与随附的参数表取值相同() throws Exception {
        assertThat(ParameterSheet.read(asWorkbook(SHIPPED), "参数表.xlsx").rows()).isEqualTo(Parameters.parse(SHIPPED).rows());
    }

    @Test
    void GBK编码的CSV参数表也能读取() {
        byte[] gbk = new String(SHIPPED, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));
        assertThat(ParameterSheet.read(gbk, "参数表.csv").rows()).isEqualTo(Parameters.parse(SHIPPED).rows());
    }

    @Test
    void 没有表头的参数表说明缺少哪些列() throws Exception {
        byte[] noHeader = java.nio.file.Files.readAllBytes(Fixtures.fixture("没有表头的参数表.csv"));
        assertThatThrownBy(() -> ParameterSheet.read(noHeader, "参数表.csv"))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.sheet() + "|" + p.row() + "|" + p.column() + "|" + p.message())
                        .containsExactly("null|0|null|没有找到表头：任何工作表的前30行中都没有包含必填列（配置、参数、取值、生效日期、依据、条款）的行"));
    }

    @Test
    void 有错误的行按工作表行号和列名逐一说明() throws Exception {
        byte[] bad = (new String(SHIPPED, StandardCharsets.UTF_8) + "gs,党政机构上限（三类）,5,2027年1月1日,TW6,\n")
                .getBytes(StandardCharsets.UTF_8);
        int lastRow = new String(bad, StandardCharsets.UTF_8).split("\n").length + 1;
        assertThatThrownBy(() -> ParameterSheet.read(asWorkbook(bad), "参数表.xlsx"))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.sheet() + "|" + p.row() + "|" + p.column() + "|" + p.message())
                        .containsExactly(
                                "参数|" + lastRow + "|条款|必填项为空",
                                "参数|" + lastRow + "|生效日期|“2027年1月1日”不是日期，应写成 2024-01-31",
                                "参数|" + lastRow + "|配置|“gs”应为省份配置代码，如 GS、JS、GZ、NX、CN"));
    }
}
