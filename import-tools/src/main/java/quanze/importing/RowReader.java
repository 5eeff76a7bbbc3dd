package quanze.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.time.temporal.ChronoUnit;
import quanze.catalog.Codes;
import quanze.catalog.DateRange;
import quanze.catalog.Labeled;
import quanze.catalog.Text;
import quanze.engine.Registry;
import quanze.engine.delegation.Receivers;
import quanze.sheet.Header;
import quanze.sheet.ImportProblem;

/**
 * Reads the typed cells of one catalog row (formats.md: yes/no, dates, lists, codes), recording a
 * problem with sheet, row and column for every cell it cannot understand instead of stopping.
 */
final class RowReader {
    private static final Pattern LIST = Pattern.compile("[、，,；;\\n\\r]+");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"),
            DateTimeFormatter.ofPattern("yyyy.M.d"));

    private final Header header;
    private final int row;
    private final List<String> cells;
    private final List<ImportProblem> problems;
    private final int problemsBefore;

    RowReader(Header header, int row, List<String> cells, List<ImportProblem> problems) {
        this.header = header;
        this.row = row;
        this.cells = cells;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    int row() {
        return row;
    }

    /** True when no cell of this row was refused. */
    boolean clean() {
        return problems.size() == problemsBefore;
    }

    void problem(String column, String message) {
        problems.add(new ImportProblem(header.sheet(), row, column, message));
    }

    /** A cell as quoted back in a message, cut short: a message must stay readable whatever the cell holds. */
    static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    String text(String column) {
        String v = header.cell(cells, column);
        if (v != null && v.indexOf('\u0000') >= 0) {
            // a NUL is no text a clerk typed (a damaged file); PostgreSQL cannot store it either
            problem(column, "含有空字符（\\u0000），文件可能已损坏，请删除该字符后重新上传");
            v = v.replace("\u0000", "");
        }
        if (v != null && v.length() > CatalogReader.MAX_CELL) {
            problem(column, "内容过长（" + v.length() + "个字符），每个单元格最多" + CatalogReader.MAX_CELL + "个字符");
            return v.substring(0, CatalogReader.MAX_CELL);
        }
        return v;
    }

    String required(String column) {
        String v = text(column);
        if (v == null) {
            problem(column, "必填项为空");
        }
        return v;
    }

    Boolean yesNo(String column, boolean required) {
        String v = required ? required(column) : text(column);
        if (v == null) {
            return null;
        }
        switch (Text.normalise(v).replace(" ", "").toUpperCase()) {
            case "是", "Y", "YES", "TRUE", "1", "有", "√", "✓", "✔", "对":
                return true;
            case "否", "N", "NO", "FALSE", "0", "无", "×", "✗", "✘", "X", "没有":
                return false;
            default:
                problem(column, "“" + shown(v) + "”不是是/否值，应填 是/否、Y/N、true/false、1/0、有/无 或 √/×");
                return null;
        }
    }

    LocalDate date(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        // an OA export writes a date as a timestamp (2021-07-01 00:00:00): the day is what counts
        String s = TIME_OF_DAY.matcher(Text.normalise(v)).replaceFirst("").replace(" ", "");
        LocalDate d = null;
        if (SERIAL.matcher(s).matches()) {
            // a date the sheet keeps as its serial number in a General or text cell (Excel's 1900 date system)
            double serial = Double.parseDouble(s);
            if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL) {
                d = EXCEL_EPOCH.plusDays((long) serial);
            }
        }
        for (int i = 0; d == null && i < DATES.size(); i++) {
            try {
                d = LocalDate.parse(s, DATES.get(i));
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        if (d == null) {
            problem(column, "“" + shown(v) + "”不是日期，应为 Excel 日期或 2024-01-31、2024/1/31、2024.1.31、2024年1月31日");
            return null;
        }
        if (!DateRange.contains(d)) {
            problem(column, "“" + shown(v) + "”超出范围，" + DateRange.EXPECTED);
            return null;
        }
        return d;
    }

    private static final Pattern TIME_OF_DAY = Pattern.compile("[\\sT]+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** The first and last day of the date range as Excel serials: a five-digit number outside is no date. */
    private static final long FIRST_SERIAL = ChronoUnit.DAYS.between(EXCEL_EPOCH, LocalDate.of(DateRange.FIRST_YEAR, 1, 1));
    private static final long LAST_SERIAL = ChronoUnit.DAYS.between(EXCEL_EPOCH, LocalDate.of(DateRange.LAST_YEAR, 12, 31));

    Integer nonNegative(String column, boolean required) {
        String v = required ? required(column) : text(column);
        if (v == null) {
            return null;
        }
        String s = Text.normalise(v).replace(",", "").replace(" ", "");
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        try {
            int n = Integer.parseInt(s);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(column, "“" + shown(v) + "”不是大于等于0的整数");
        return null;
    }

    java.math.BigDecimal nonNegativeDecimal(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            java.math.BigDecimal n = new java.math.BigDecimal(Text.normalise(v).replace(",", ""));
            if (n.signum() >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(column, "“" + shown(v) + "”不是大于等于0的数");
        return null;
    }

    <E extends Enum<E> & Labeled> E code(String column, Class<E> type, boolean required) {
        String v = required ? required(column) : text(column);
        if (v == null) {
            return null;
        }
        var parsed = Codes.parse(type, v);
        if (parsed.isEmpty()) {
            problem(column, "“" + shown(v) + "”不是可识别的值，应为：" + Codes.choices(type));
            return null;
        }
        return parsed.get();
    }

    /** A list of receivers (names, codes, 全部乡镇（街道）, villages), each resolved against the registry. */
    List<Receivers.Receiver> receivers(String column, String cell, Registry registry) {
        Receivers.Resolution res = Receivers.resolve(cell, registry);
        if (res.problem() != null) {
            problem(column, res.problem());
        }
        if (!res.unknown().isEmpty()) {
            problem(column, res.unknownMessage(""));
        }
        return res.receivers();
    }

    List<String> list(String column) {
        String v = text(column);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        for (String part : LIST.split(v)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
