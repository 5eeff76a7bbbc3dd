package quanze.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quanze.catalog.Text;

/**
 * The header row of a data sheet: columns matched by name in any order, ignoring surrounding spaces
 * and full/half-width brackets (formats.md). Columns the catalog does not know are kept as extras.
 */
public final class Header {
    private final String sheet;
    private final int rowNumber;
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    public Header(String sheet, int rowNumber, List<String> names) {
        this.sheet = sheet;
        this.rowNumber = rowNumber;
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(key(names.get(i)), i);
        }
    }

    public static String key(String header) {
        return Text.normalise(header).replace(" ", "");
    }

    public String sheet() {
        return sheet;
    }

    public int rowNumber() {
        return rowNumber;
    }

    public List<String> names() {
        return names;
    }

    public int columnCount() {
        return names.size();
    }

    public boolean has(String column) {
        return index.containsKey(key(column));
    }

    /** The cell of the named column in a row, or null when the column is absent or the cell empty. */
    public String cell(List<String> row, String column) {
        Integer i = index.get(key(column));
        if (i == null || i >= row.size()) {
            return null;
        }
        return Text.orNull(row.get(i));
    }

    public List<String> missing(List<String> required) {
        List<String> out = new ArrayList<>();
        for (String r : required) {
            if (!has(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
