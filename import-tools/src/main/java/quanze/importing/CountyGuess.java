package quanze.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import quanze.catalog.Text;
import quanze.engine.Registry;
import quanze.engine.delegation.Receivers;
import quanze.sheet.Header;
import quanze.sheet.ImportFailure;
import quanze.sheet.RowHandler;
import quanze.sheet.SheetReader;

/**
 * Which county a list belongs to when the registry holds several and the upload names none: the one county of the
 * townships its rows name (承接主体, 承接乡镇, 适用乡镇 …). A clerk's list says 全部乡镇（街道） on some rows and names
 * its own townships on others; this reads the names once, before the list is read for real against that county.
 */
public final class CountyGuess {
    private CountyGuess() {
    }

    /** The counties of the townships the file's {@code column} names (empty when it names none the registry knows). */
    public static Set<String> counties(Path file, String fileName, List<String> required, String column, Registry registry)
            throws ImportFailure {
        Set<String> out = new TreeSet<>();
        Header[] header = new Header[1];
        SheetReader.read(file, fileName, required, new RowHandler() {
            @Override
            public void header(Header h) {
                header[0] = h;
            }

            @Override
            public void row(int rowNumber, List<String> cells) {
                String cell = header[0].cell(cells, column);
                if (cell == null) {
                    return;
                }
                for (String name : Receivers.LIST_SEPARATOR.split(Text.normalise(cell))) {
                    registry.find(name.strip()).ifPresent(t -> out.add(t.county()));
                }
            }
        });
        return out;
    }
}
