package quanze.sheet;

import java.util.List;

/** Receives the data sheet of a catalog row by row, as it streams past. */
public interface RowHandler {
    void header(Header header);

    /** {@code rowNumber} as Excel shows it (1-based); cells by column position, "" for an empty cell. */
    void row(int rowNumber, List<String> cells);
}
