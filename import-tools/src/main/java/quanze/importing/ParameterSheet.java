package quanze.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quanze.engine.InvalidParametersException;
import quanze.engine.ParameterProblem;
import quanze.engine.Parameters;
import quanze.sheet.Header;
import quanze.sheet.ImportFailure;
import quanze.sheet.RowHandler;
import quanze.sheet.SheetReader;

/**
 * Reads a province parameter table an ADMIN uploads — .csv in any encoding or .xlsx, title rows allowed above the
 * header — with the same sheet reader and header finder as every catalog; {@link Parameters#of} checks its rows.
 */
public final class ParameterSheet {
    private ParameterSheet() {
    }

    /** @throws InvalidParametersException listing every problem, the file's own (no header, not a table) included */
    public static Parameters read(byte[] content, String fileName) {
        Path temp = null;
        try {
            temp = Files.createTempFile("quanze-parameters-", ".upload");
            Files.write(temp, content);
            List<Parameters.Row> rows = new ArrayList<>();
            Header[] header = new Header[1];
            SheetReader.read(temp, fileName == null ? "参数表.csv" : fileName, Parameters.COLUMNS, new RowHandler() {
                @Override
                public void header(Header h) {
                    header[0] = h;
                }

                @Override
                public void row(int rowNumber, List<String> cells) {
                    Map<String, String> byColumn = new HashMap<>();
                    for (String column : Parameters.COLUMNS) {
                        byColumn.put(column, header[0].cell(cells, column));
                    }
                    rows.add(new Parameters.Row(rowNumber, byColumn));
                }
            });
            return Parameters.of(header[0].sheet(), header[0].rowNumber(), rows);
        } catch (ImportFailure e) {
            throw new InvalidParametersException(e.problems().stream()
                    .map(p -> new ParameterProblem(p.sheet(), p.row(), p.column(), p.message())).toList());
        } catch (IOException e) {
            throw new IllegalStateException("参数表无法写入临时文件", e);
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }
}
