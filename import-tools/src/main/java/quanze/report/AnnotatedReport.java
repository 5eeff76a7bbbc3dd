package quanze.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import quanze.decision.Severity;
import quanze.engine.RuleInfo;
import quanze.sheet.ImportFailure;
import quanze.sheet.SheetReader;

/**
 * The annotated report of formats.md: the user's own workbook back with 结论/规则/问题说明/依据
 * added to the data sheet, rows filled red (blocking) or yellow (correctable), and a 汇总 sheet.
 * An .xlsx up to {@link #IN_PLACE_LIMIT} data rows is opened whole so every sheet and format is kept;
 * a larger one, and any CSV, is streamed into a new workbook.
 */
public final class AnnotatedReport {
    public static final List<String> ADDED = List.of("结论", "规则", "问题说明", "依据");
    public static final String SUMMARY = "汇总";
    /** Excel's own "light red fill" and "yellow fill" of conditional formatting: readable with black text. */
    public static final byte[] RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    public static final byte[] YELLOW = {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C};

    private AnnotatedReport() {
    }

    /**
     * Above this many data rows an .xlsx is not opened whole (a 300,000-row province workbook needs far
     * more memory than an office server gives the JVM): its data sheet is streamed into a new workbook
     * with the added columns, keeping the values but not the other sheets or the cell formats.
     */
    public static final int IN_PLACE_LIMIT = 20_000;

    public static void write(Path original, String fileName, String sheetName, int headerRow, Verdicts verdicts,
                             List<RuleInfo> rules, OutputStream out) throws IOException, ImportFailure {
        write(original, fileName, sheetName, headerRow, verdicts, rules, out,
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** As above, a streamed sheet holding at most {@code rowsPerSheet} rows (Excel's limit; smaller in tests). */
    static void write(Path original, String fileName, String sheetName, int headerRow, Verdicts verdicts,
                      List<RuleInfo> rules, OutputStream out, int rowsPerSheet) throws IOException, ImportFailure {
        if (SheetReader.isZip(original) && verdicts.rows() <= IN_PLACE_LIMIT) {
            try (Workbook wb = open(original)) {
                annotate(wb, wb.getSheet(sheetName), headerRow, verdicts);
                SummarySheet.write(wb, verdicts, rules);
                wb.write(out);
            }
            return;
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            wb.setCompressTempFiles(true);
            String name = SheetReader.isZip(original) && sheetName != null ? sheetName : baseName(fileName);
            copyAnnotated(original, sheetName, wb, name, headerRow, verdicts, rowsPerSheet);
            SummarySheet.write(wb, verdicts, rules);
            wb.write(out);
            wb.dispose();
        }
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /**
     * Copies the rows as they stream past, adding each row's verdict: a streamed sheet cannot be revisited. A CSV
     * longer than a sheet holds (a nation's list) goes on in sheets "名称（续2）", "名称（续3）", … each under the header.
     */
    private static void copyAnnotated(Path file, String sheetName, Workbook wb, String name, int headerRow,
                                      Verdicts verdicts, int rowsPerSheet) throws ImportFailure {
        Fills fills = new Fills(wb);
        CellStyle plain = wb.createCellStyle();
        int[] width = {0};
        Sheet[] sheet = {wb.createSheet(name)};
        int[] offset = {0};
        List<List<String>> header = new java.util.ArrayList<>();
        SheetReader.rows(file, sheetName, (rowNumber, cells) -> {
            if (rowNumber - 1 - offset[0] >= rowsPerSheet) {
                sheet[0] = wb.createSheet(continued(name, wb.getNumberOfSheets() + 1));
                for (int i = 0; i < header.size(); i++) {
                    Row again = sheet[0].createRow(i);
                    if (i == header.size() - 1) {
                        headerRow(again, header.get(i));
                    } else {
                        copy(again, header.get(i));
                    }
                }
                offset[0] = rowNumber - 1 - header.size();
            }
            Row row = sheet[0].createRow(rowNumber - 1 - offset[0]);
            if (rowNumber <= headerRow) {
                header.add(cells);
                if (rowNumber == headerRow) {
                    width[0] = cells.size();
                    headerRow(row, cells);
                } else {
                    copy(row, cells);
                }
                return;
            }
            copy(row, cells);
            Verdicts.RowVerdict v = verdicts.row(rowNumber);
            if (v != null) {
                int first = Math.max(width[0], cells.size());
                row.createCell(first).setCellValue(v.outcome().label());
                row.createCell(first + 1).setCellValue(v.ruleIds());
                row.createCell(first + 2).setCellValue(fit(v.messages()));
                row.createCell(first + 3).setCellValue(fit(v.citations()));
                if (v.worst() == Severity.BLOCKING || v.worst() == Severity.CORRECTABLE) {
                    CellStyle fill = fills.of(plain, v.worst());
                    for (int c = 0; c < first + ADDED.size(); c++) {
                        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                        cell.setCellStyle(fill);
                    }
                }
            }
        });
    }

    private static void copy(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    /** The header row with the added columns after it. */
    private static void headerRow(Row row, List<String> cells) {
        copy(row, cells);
        for (int i = 0; i < ADDED.size(); i++) {
            row.createCell(cells.size() + i).setCellValue(ADDED.get(i));
        }
    }

    static String continued(String name, int number) {
        String tail = "（续" + number + "）";
        return (name.length() + tail.length() > 31 ? name.substring(0, 31 - tail.length()) : name) + tail;
    }

    private static void annotate(Workbook wb, Sheet sheet, int headerRow, Verdicts verdicts) {
        Row header = sheet.getRow(headerRow - 1);
        int first = Math.max(header.getLastCellNum(), 0);
        CellStyle headerStyle = header.getCell(Math.max(first - 1, 0)) == null ? null
                : header.getCell(first - 1).getCellStyle();
        for (int i = 0; i < ADDED.size(); i++) {
            Cell c = header.createCell(first + i);
            c.setCellValue(ADDED.get(i));
            if (headerStyle != null) {
                c.setCellStyle(headerStyle);
            }
        }
        Fills fills = new Fills(wb);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        int last = first + ADDED.size();
        for (int r = headerRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Verdicts.RowVerdict v = verdicts.row(r + 1);
            if (row == null || v == null) {
                continue;
            }
            row.createCell(first).setCellValue(v.outcome().label());
            row.createCell(first + 1).setCellValue(v.ruleIds());
            row.createCell(first + 2).setCellValue(fit(v.messages()));
            row.createCell(first + 3).setCellValue(fit(v.citations()));
            row.getCell(first + 2).setCellStyle(wrap);
            if (v.worst() == Severity.BLOCKING || v.worst() == Severity.CORRECTABLE) {
                for (int c = 0; c < last; c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cell = row.createCell(c);
                    }
                    cell.setCellStyle(fills.of(cell.getCellStyle(), v.worst()));
                }
            }
        }
        if (!(sheet.getWorkbook() instanceof SXSSFWorkbook)) {
            sheet.setColumnWidth(first + 2, 80 * 256);
            sheet.setColumnWidth(first + 3, 40 * 256);
        }
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "清单" : Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        name = dot > 0 ? name.substring(0, dot) : name;
        name = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    /** Red or yellow variants of the workbook's existing cell styles, made once each. */
    private static final class Fills {
        private final Workbook wb;
        private final Map<String, CellStyle> made = new HashMap<>();

        Fills(Workbook wb) {
            this.wb = wb;
        }

        CellStyle of(CellStyle base, Severity severity) {
            String key = base.getIndex() + "/" + severity;
            return made.computeIfAbsent(key, k -> {
                CellStyle s = wb.createCellStyle();
                s.cloneStyleFrom(base);
                ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(
                        severity == Severity.BLOCKING ? RED : YELLOW, null));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return s;
            });
        }
    }

    /** Excel holds at most 32,767 characters in a cell: longer explanations (messages quoting long cells) are cut there. */
    static String fit(String text) {
        int max = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
