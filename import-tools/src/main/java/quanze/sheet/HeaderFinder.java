package quanze.sheet;

import java.util.List;

/**
 * Finds the data sheet and its header row as rows stream past: the first row, within the first
 * {@value #SEARCH_ROWS} rows of a sheet, that holds every required column (title rows may sit above
 * it). Afterwards it passes data rows on, skipping empty ones. Remembers the closest miss so a
 * refused file says which columns are missing.
 */
final class HeaderFinder {
    static final int SEARCH_ROWS = 30;

    /** The most data rows a sheet may hold: {@code -Dquanze.import.max-rows}, two million by default. */
    static int maxRows() {
        return Integer.getInteger("quanze.import.max-rows", 2_000_000);
    }

    /** Thrown past the row limit, to stop reading at once. */
    static final class TooManyRows extends RuntimeException {
        final String sheet;
        final int limit;

        TooManyRows(String sheet, int limit) {
            super(null, null, false, false);
            this.sheet = sheet;
            this.limit = limit;
        }
    }

    /** A total row ends the data: its first non-empty cell is one of these (spaces inside ignored: 合 计). */
    private static final java.util.Set<String> TOTALS = java.util.Set.of("合计", "总计", "小计", "共计");
    /** A note row ends the data: its first non-empty cell starts so (注：… 说明：… 填表说明 备注：…). */
    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile(
            "^(注[：:、.．0-9一二三]|注$|注意[：:]|说明[：:]|说明$|填表说明|填报说明|备注[：:]).*", java.util.regex.Pattern.DOTALL);

    private final List<String> required;
    private final RowHandler handler;
    /** Why the data ended early (a total or a note row), or null while data rows still come. */
    private String endedBy;
    private final int limit = maxRows();
    private int dataRows;
    private Header header;
    private List<String> previous;
    private String previousSheet;
    private String closestSheet;
    private int closestRow;
    private List<String> closestMissing;
    /** How many rows the sheet being read holds, when its reader counted them. */
    private Integer sheetRows;

    HeaderFinder(List<String> required, RowHandler handler) {
        this.required = required;
        this.handler = handler;
    }

    boolean found() {
        return header != null;
    }

    /** How many rows the sheet about to be read holds (a quick count of its markup or lines). */
    void sheetRows(String sheet, int rows) {
        sheetRows = rows;
    }

    /** @return false when this sheet is past its search window without a header: skip the rest of it. */
    boolean row(String sheet, int rowNumber, List<String> cells) {
        if (header != null) {
            if (!blank(cells)) {
                String end = end(cells);
                if (end != null || endedBy != null) {
                    if (endedBy == null) {
                        endedBy = "第" + rowNumber + "行";
                    }
                    handler.skipped(rowNumber, end != null ? end : "在" + endedBy + "合计或说明之后，不是数据，未读入");
                    return true;
                }
                if (++dataRows > limit) {
                    throw new TooManyRows(sheet, limit);
                }
                handler.row(rowNumber, cells);
            }
            return true;
        }
        if (rowNumber > SEARCH_ROWS) {
            return false;
        }
        if (blank(cells)) {
            return true;
        }
        Header candidate = new Header(sheet, rowNumber, cells);
        List<String> missing = candidate.missing(required);
        if (!missing.isEmpty() && previous != null && sheet.equals(previousSheet)) {
            // a two-row header: group titles merged across columns above, their columns below, and the ungrouped
            // titles merged down (Excel keeps a merged cell's text in its top cell only)
            Header combined = new Header(sheet, rowNumber, combine(previous, cells));
            if (combined.missing(required).isEmpty()) {
                candidate = combined;
                missing = List.of();
            }
        }
        previous = cells;
        previousSheet = sheet;
        if (missing.isEmpty()) {
            header = candidate;
            handler.header(candidate);
            if (sheetRows != null) {
                handler.expected(Math.max(0, sheetRows - rowNumber));
            }
        } else if (closestMissing == null || missing.size() < closestMissing.size()) {
            closestSheet = sheet;
            closestRow = rowNumber;
            closestMissing = missing;
        }
        return true;
    }

    /** Why a row below the header ends the data, or null for a data row. */
    private static String end(List<String> cells) {
        for (String c : cells) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String first = quanze.catalog.Text.normalise(c).replace(" ", "");
            if (TOTALS.contains(first)) {
                return "合计行（“" + first + "”），不是数据，未读入";
            }
            if (NOTE.matcher(first).matches()) {
                return "说明行（“" + (first.length() > 12 ? first.substring(0, 12) + "…" : first) + "”），不是数据，未读入";
            }
            return null;
        }
        return null;
    }

    private static List<String> combine(List<String> upper, List<String> lower) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(upper.size(), lower.size()); i++) {
            String below = i < lower.size() ? lower.get(i) : "";
            String above = i < upper.size() ? upper.get(i) : "";
            out.add(below == null || below.isBlank() ? above : below);
        }
        return out;
    }

    ImportProblem notFound() {
        if (closestMissing == null || closestMissing.size() == required.size()) {
            return ImportProblem.ofFile("没有找到表头：任何工作表的前" + SEARCH_ROWS + "行中都没有包含必填列（"
                    + String.join("、", required) + "）的行");
        }
        return new ImportProblem(closestSheet, closestRow, null,
                "表头缺少必填列：" + String.join("、", closestMissing));
    }

    private static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
