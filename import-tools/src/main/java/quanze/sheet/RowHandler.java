package quanze.sheet;

import java.util.List;

/** Receives the data sheet of a catalog row by row, as it streams past. */
public interface RowHandler {
    void header(Header header);

    /** {@code rowNumber} as Excel shows it (1-based); cells by column position, "" for an empty cell. */
    void row(int rowNumber, List<String> cells);

    /**
     * A row below the data that is not data (formats.md: a 合计/小计 row, a 填表说明 note, and whatever follows them):
     * skipped, and said so in the report's 汇总 sheet.
     */
    default void skipped(int rowNumber, String reason) {
    }

    /** About how many rows lie below the header of the data sheet (for a progress bar), once the header is found. */
    default void expected(int rows) {
    }
}
