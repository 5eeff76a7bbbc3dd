package quanze.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import quanze.engine.Registry;
import quanze.report.AnnotatedReport;
import quanze.sheet.ImportFailure;
import quanze.township.Township;

/**
 * The one way a catalog spreadsheet goes, for the service's import and the command line's {@code vet} alike:
 * <ol>
 *   <li><b>scope</b> — the registry narrowed to the list's county: the one given, else the one county of the
 *       townships its rows name ({@link CountyGuess});</li>
 *   <li><b>read and validate</b> — the kind's reader; any import error refuses the whole file
 *       ({@link ImportFailure});</li>
 *   <li><b>decide</b> — the kind's engine call, row by row ({@link CatalogKind#vet}, {@link Vetting});</li>
 *   <li><b>annotate</b> — the annotated report of the original workbook ({@link #annotate});</li>
 *   <li><b>tally</b> — rows by outcome ({@link Vetted#result()}'s verdicts).</li>
 * </ol>
 * The service adds only storage (the rows, the decisions in the log, the report) and the tally it keeps.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /** What a kind's step is given: its file, the registry narrowed to its county, the context and the engines. */
    public record Input(Path file, String fileName, Registry registry, CatalogContext context, Engines engines,
                        String county, LocalDate asOf, Progress progress) {
    }

    /** A county was named that the registry does not hold. */
    public static final class UnknownCounty extends RuntimeException {
        UnknownCounty(String county) {
            super("乡镇名册中没有“" + county + "”");
        }
    }

    /**
     * Reads, validates and decides {@code file} as a list of {@code kind}.
     *
     * @param county the county the list belongs to, or null; needed only when the registry holds several counties
     *               and the list says 全部乡镇（街道） or leaves its township column empty; for a clean-up list, the
     *               county whose profile judges a row that names none (ASM-01, ASM-05)
     */
    public static Vetted vet(CatalogKind kind, Path file, String fileName, CatalogContext context, Engines engines,
                             String county, LocalDate asOf) throws ImportFailure {
        return vet(kind, file, fileName, context, engines, county, asOf, Progress.NONE);
    }

    /** As above, telling {@code progress} how many rows are read and decided as it goes. */
    public static Vetted vet(CatalogKind kind, Path file, String fileName, CatalogContext context, Engines engines,
                             String county, LocalDate asOf, Progress progress) throws ImportFailure {
        Input in = input(kind, file, fileName, context, engines, county, asOf, progress);
        Vetted vetted = CatalogReader.reporting(progress, () -> kind.vet(in));
        progress.decided(vetted.rows(), vetted.rows());
        return vetted;
    }

    /**
     * As above for a list that may not fit in memory (vet of a nation's delegation list): each row and its decisions
     * go to {@code each} and are not kept; the result holds the tallies and, in a temporary file, the verdicts its
     * report needs — close {@code result().verdicts()} when the report is written. Decides exactly as {@link #vet}.
     */
    public static Vetted vetStreamed(CatalogKind kind, Path file, String fileName, CatalogContext context,
                                     Engines engines, String county, LocalDate asOf, Progress progress,
                                     DelegationDecider.Decided each) throws ImportFailure {
        Input in = input(kind, file, fileName, context, engines, county, asOf, progress);
        Vetted vetted = CatalogReader.reporting(progress, () -> kind.vetStreamed(in, each));
        progress.decided(vetted.rows(), vetted.rows());
        return vetted;
    }

    private static Input input(CatalogKind kind, Path file, String fileName, CatalogContext context, Engines engines,
                               String county, LocalDate asOf, Progress progress) throws ImportFailure {
        String given = county == null || county.isBlank() ? null : county.strip();
        Registry registry = context.registry();
        if (kind.scoped()) {
            registry = scope(registry, given != null ? given : guess(kind, file, fileName, registry));
        }
        return new Input(file, fileName, registry, context, engines, given, asOf, progress);
    }

    /** Writes the annotated report of a decided list: the original workbook with its verdict columns. */
    public static void annotate(Vetted vetted, Path file, String fileName, Engines engines, OutputStream out)
            throws IOException, ImportFailure {
        Vetting.Result r = vetted.result();
        AnnotatedReport.write(file, fileName, r.sheet(), r.headerRow(), r.verdicts(), engines.rules().rules(), out);
    }

    private static Registry scope(Registry registry, String county) {
        if (county == null) {
            return registry;
        }
        List<Township> own = registry.ofCounty(county);
        if (own.isEmpty()) {
            throw new UnknownCounty(county);
        }
        return own.size() == registry.size() ? registry : new Registry(own);
    }

    /** The one county of the townships the list names, when the registry holds several; null when not one. */
    private static String guess(CatalogKind kind, Path file, String fileName, Registry registry) throws ImportFailure {
        if (registry.counties().size() <= 1 || kind.townshipColumn() == null) {
            return null;
        }
        Set<String> named = CountyGuess.counties(file, fileName, kind.required(), kind.townshipColumn(), registry);
        return named.size() == 1 ? named.iterator().next() : null;
    }
}
