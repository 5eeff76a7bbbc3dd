package quanze.sheet;

import java.util.List;

/** Every row of a sheet as it streams past; false leaves the rest of the sheet unread. */
interface RowSink {
    boolean row(String sheet, int rowNumber, List<String> cells);
}
