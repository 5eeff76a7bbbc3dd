package quanze.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the sheets of an .xlsx with POI's event model (SAX over the sheet XML, shared strings
 * read-only), so a 300,000-row province file never sits in memory as a workbook. Dates come out as
 * yyyy-MM-dd and whole numbers without exponent, whatever the cell format; formulas give their
 * cached values.
 */
final class XlsxRows {
    private XlsxRows() {
    }

    /** Thrown inside the SAX parse to leave a sheet early. */
    private static final class LeaveSheet extends RuntimeException {
        LeaveSheet() {
            super(null, null, false, false);
        }
    }

    static void read(Path file, HeaderFinder finder) throws ImportFailure {
        each(file, null, finder::row, finder::found, finder::sheetRows);
    }

    /** Every row of the named sheet, title rows included (for copying a large workbook into its report). */
    static void sheet(Path file, String sheetName, RowSink sink) throws ImportFailure {
        each(file, sheetName, sink, () -> false, (sheet, rows) -> {
        });
    }

    /**
     * @param only   the one sheet to read, or null for every sheet in order
     * @param done   checked after each sheet: true stops reading
     * @param sized  told each sheet's number of rows before it is read
     */
    private static void each(Path file, String only, RowSink sink, java.util.function.BooleanSupplier done,
                             java.util.function.ObjIntConsumer<String> sized) throws ImportFailure {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext() && !done.getAsBoolean()) {
                try (InputStream in = sheets.next()) {
                    String sheet = sheets.getSheetName();
                    if (only != null && !only.equals(sheet)) {
                        continue;
                    }
                    MergedCells.Scan scan;
                    try (InputStream again = sheets.getSheetPart().getInputStream()) {
                        scan = MergedCells.scan(again);
                    }
                    sized.accept(sheet, scan.rows());
                    List<CellRangeAddress> merged = scan.merged();
                    RowCollector rows = new RowCollector(sheet, sink, merged);
                    XMLReader parser = SAXHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoFormatter(), false));
                    try {
                        parser.parse(new InputSource(in));
                    } catch (LeaveSheet leave) {
                        // header not found near the top: this is not the data sheet
                    }
                    if (done.getAsBoolean()) {
                        return;
                    }
                }
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new ImportFailure(ImportProblem.ofFile("文件不是有效的 .xlsx 工作簿（可能已损坏或设置了密码），请用 Excel 打开后另存为 .xlsx"));
        } catch (HeaderFinder.TooManyRows e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            throw new ImportFailure(ImportProblem.ofFile(explain(e)));
        }
    }

    private static String explain(Exception e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("Zip bomb") || text.contains("zip bomb") || text.contains("ratio")) {
            return "文件解压后异常膨胀（疑似压缩炸弹），已拒绝导入";
        }
        return "无法读取 .xlsx 文件，请用 Excel 打开后另存为 .xlsx 再导入";
    }

    /**
     * Collects a row's cells. A block merged vertically (a 领域 or 主体责任单位 a clerk merged over the rows it covers)
     * keeps its text in its top cell only; formats.md says it gives that value to every row it spans, so the
     * collector remembers the top cell's text and fills it into the rows below.
     */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final RowSink finder;
        private final List<String> cells = new ArrayList<>();
        /** Vertical merges not yet reached, by first row; those covering the current row with their top text. */
        private final java.util.ArrayDeque<CellRangeAddress> ahead;
        private final java.util.Map<CellRangeAddress, String> active = new java.util.LinkedHashMap<>();

        RowCollector(String sheet, RowSink finder, List<CellRangeAddress> merged) {
            this.sheet = sheet;
            this.finder = finder;
            List<CellRangeAddress> vertical = new ArrayList<>(merged.stream().filter(m -> m.getLastRow() > m.getFirstRow()).toList());
            vertical.sort(java.util.Comparator.comparingInt(CellRangeAddress::getFirstRow));
            this.ahead = new java.util.ArrayDeque<>(vertical);
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            active.keySet().removeIf(m -> m.getLastRow() < rowNum);
            for (var e : active.entrySet()) {
                int col = e.getKey().getFirstColumn();
                while (cells.size() <= col) {
                    cells.add("");
                }
                if (cells.get(col).isEmpty()) {
                    cells.set(col, e.getValue());
                }
            }
            while (!ahead.isEmpty() && ahead.peekFirst().getFirstRow() <= rowNum) {
                CellRangeAddress m = ahead.pollFirst();
                if (m.getFirstRow() == rowNum && m.getLastRow() > rowNum) {
                    int col = m.getFirstColumn();
                    active.put(m, col < cells.size() ? cells.get(col) : "");
                }
            }
            if (!finder.row(sheet, rowNum + 1, new ArrayList<>(cells))) {
                throw new LeaveSheet();
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Dates as ISO dates and whole numbers in full (a division code is not 6.21E+8). */
    private static final class IsoFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return new BigDecimal(value).toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
