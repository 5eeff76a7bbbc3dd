package quanze.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import quanze.sheet.Header;
import quanze.sheet.ImportFailure;
import quanze.sheet.ImportProblem;
import quanze.sheet.RowHandler;
import quanze.sheet.SheetReader;

/**
 * The import discipline every catalog shares (formats.md): find the data sheet, read every row,
 * collect every problem with sheet, row and column, and refuse the whole file if there is any.
 */
public final class CatalogReader {
    /** The longest cell a catalog may hold; the database keeps up to this many characters in every text column. */
    public static final int MAX_CELL = 10_000;

    private CatalogReader() {
    }

    /** One understood row and where it stood. */
    public record Row<T>(int rowNumber, T value) {
    }

    /** A row below the data that was skipped (a 合计 row, a note, what follows them), and why. */
    public record Skipped(int rowNumber, String reason) {
    }

    public record Rows<T>(String sheet, int headerRow, List<Row<T>> rows, List<Skipped> skipped) {
        public List<T> values() {
            return rows.stream().map(Row::value).toList();
        }
    }

    /**
     * The progress of the pipeline running on this thread ({@link Pipeline#vet}). Held here, not passed down: every
     * reader goes through {@link #read}, and the readers' own signatures stay what their tests and callers use.
     */
    private static final ThreadLocal<Progress> PROGRESS = ThreadLocal.withInitial(() -> Progress.NONE);

    /** Runs {@code work} with reading reported to {@code progress}. */
    static <T, E extends Exception> T reporting(Progress progress, Work<T, E> work) throws E {
        PROGRESS.set(progress);
        try {
            return work.run();
        } finally {
            PROGRESS.remove();
        }
    }

    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** Where a streamed list stood and how many rows it gave, once it has been read to its end without a problem. */
    public record Streamed(String sheet, int headerRow, int rows, List<Skipped> skipped) {
    }

    /**
     * @param parse reads one row; returns null when the row had a problem (already recorded on the reader)
     * @param nothing the message when the file holds no data row
     */
    static <T> Rows<T> read(Path file, String fileName, List<String> required, String nothing,
                            Function<RowReader, T> parse) throws ImportFailure {
        List<Row<T>> out = new ArrayList<>();
        Streamed s = stream(file, fileName, required, nothing, parse, out::add);
        return new Rows<>(s.sheet(), s.headerRow(), out, s.skipped());
    }

    /**
     * As {@link #read}, handing each clean row to {@code sink} as it is read instead of keeping them: a list larger
     * than memory (a nation's) is decided while it streams past. The import discipline is the same — a problem
     * anywhere refuses the whole file at the end — so what the sink made of the rows before must be thrown away then.
     */
    static <T> Streamed stream(Path file, String fileName, List<String> required, String nothing,
                               Function<RowReader, T> parse, java.util.function.Consumer<Row<T>> sink) throws ImportFailure {
        List<ImportProblem> problems = new ArrayList<>();
        int[] clean = {0};
        List<Skipped> skipped = new ArrayList<>();
        Header[] found = new Header[1];
        Progress progress = PROGRESS.get();
        int[] read = {0};
        SheetReader.read(file, fileName, required, new RowHandler() {
            @Override
            public void header(Header h) {
                found[0] = h;
            }

            @Override
            public void row(int rowNumber, List<String> cells) {
                RowReader r = new RowReader(found[0], rowNumber, cells, problems);
                T value = parse.apply(r);
                if (value != null && r.clean()) {
                    sink.accept(new Row<>(rowNumber, value));
                    clean[0]++;
                }
                if (++read[0] % Progress.EVERY == 0) {
                    progress.read(read[0]);
                }
            }

            @Override
            public void skipped(int rowNumber, String reason) {
                skipped.add(new Skipped(rowNumber, reason));
            }

            @Override
            public void expected(int rows) {
                progress.expect(rows);
            }
        });
        progress.expect(read[0]);
        progress.read(read[0]);
        if (!problems.isEmpty()) {
            throw new ImportFailure(problems);
        }
        if (clean[0] == 0) {
            throw new ImportFailure(ImportProblem.ofFile(nothing));
        }
        return new Streamed(found[0].sheet(), found[0].rowNumber(), clean[0], skipped);
    }
}
