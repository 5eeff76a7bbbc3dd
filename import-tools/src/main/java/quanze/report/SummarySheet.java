package quanze.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import quanze.decision.Outcome;
import quanze.engine.RuleInfo;

/** The report's 汇总 sheet (formats.md): rows by outcome, findings by rule, outcomes by subject, rows not read. */
final class SummarySheet {
    private SummarySheet() {
    }

    static void write(Workbook wb, Verdicts verdicts, List<RuleInfo> rules) {
        int existing = wb.getSheetIndex(AnnotatedReport.SUMMARY);
        if (existing >= 0) {
            wb.removeSheetAt(existing);
        }
        Sheet s = wb.createSheet(AnnotatedReport.SUMMARY);
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        int r = 0;
        r = line(s, r, bold, "按结论统计（行数）", "行数");
        for (var e : verdicts.rowsByOutcome().entrySet()) {
            r = line(s, r, null, e.getKey().label() + "（" + e.getKey().name() + "）", e.getValue());
        }
        r = line(s, r, null, "合计", verdicts.rows());
        r++;
        r = line(s, r, bold, "按规则统计（问题数）", "次数", "级别", "规则");
        Map<String, RuleInfo> byId = new HashMap<>();
        rules.forEach(i -> byId.put(i.id(), i));
        for (var e : verdicts.findingsByRule().entrySet()) {
            RuleInfo info = byId.get(e.getKey());
            r = line(s, r, null, e.getKey(), e.getValue(), info == null ? "" : info.severity().label(),
                    info == null ? "" : info.title());
        }
        r++;
        List<Outcome> outcomes = verdicts.kind().outcomes();
        Object[] head = new Object[outcomes.size() + 1];
        head[0] = "按" + verdicts.subjectHeading() + "统计（事项数）";
        for (int i = 0; i < outcomes.size(); i++) {
            head[i + 1] = outcomes.get(i).label();
        }
        r = line(s, r, bold, head);
        for (var e : verdicts.bySubject().entrySet()) {
            Object[] cells = new Object[outcomes.size() + 1];
            cells[0] = e.getKey();
            for (int i = 0; i < outcomes.size(); i++) {
                cells[i + 1] = e.getValue().getOrDefault(outcomes.get(i), 0);
            }
            r = line(s, r, null, cells);
        }
        if (!verdicts.skipped().isEmpty()) {
            r++;
            r = line(s, r, bold, "未读入的行（数据之下的合计、说明等）", "原因");
            for (var e : verdicts.skipped().entrySet()) {
                r = line(s, r, null, "第" + e.getKey() + "行", e.getValue());
            }
        }
        if (!(wb instanceof SXSSFWorkbook)) {
            s.setColumnWidth(0, 30 * 256);
            s.setColumnWidth(3, 40 * 256);
        }
    }

    private static int line(Sheet s, int r, CellStyle style, Object... values) {
        Row row = s.createRow(r);
        for (int i = 0; i < values.length; i++) {
            Cell c = row.createCell(i);
            if (values[i] instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else {
                c.setCellValue(String.valueOf(values[i]));
            }
            if (style != null) {
                c.setCellStyle(style);
            }
        }
        return r + 1;
    }
}
