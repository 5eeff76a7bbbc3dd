package quanze.api.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import quanze.api.problem.ApiException;
import quanze.api.problem.Problem;
import quanze.decision.Decision;
import quanze.importing.CatalogKind;
import quanze.importing.DelegationCatalog;
import quanze.importing.DelegationDecider;
import quanze.importing.Engines;
import quanze.importing.Pipeline;
import quanze.importing.Progress;
import quanze.importing.Vetted;
import quanze.importing.Vetting;
import quanze.sheet.ImportFailure;

/**
 * Imports a catalog spreadsheet in one transaction: the {@link Pipeline} reads, validates and decides the file (any
 * import error refuses it whole) and writes its annotated report; the import, its decisions, its rows and its report
 * are stored as a new current version for the county. A delegation list is stored while it streams past; the other
 * lists, a county's size, are read whole first.
 */
@Service
public class ImportService {
    private final Engines engines;
    private final StoredContext context;
    private final ImportRecords records;
    private final CatalogStorage storage;
    private final Imports imports;
    private final Clock clock;

    ImportService(Engines engines, StoredContext context, ImportRecords records, CatalogStorage storage, Imports imports,
                  Clock clock) {
        this.engines = engines;
        this.context = context;
        this.records = records;
        this.storage = storage;
        this.imports = imports;
        this.clock = clock;
    }

    @Transactional(rollbackFor = Exception.class)
    public ImportSummary importFile(String kind, String fileName, InputStream content, String user)
            throws ImportFailure, IOException {
        return importFile(kind, fileName, content, user, null);
    }

    /**
     * @param county the county the list belongs to; needed only when the registry holds several counties and
     *               the list says 全部乡镇（街道） or leaves 适用乡镇 empty
     */
    @Transactional(rollbackFor = Exception.class)
    public ImportSummary importFile(String kind, String fileName, InputStream content, String user, String county)
            throws ImportFailure, IOException {
        CatalogKind catalog = kind(kind);
        Path temp = Files.createTempFile("quanze-import-", ".upload");
        try {
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            return importFile(UUID.randomUUID().toString(), catalog, fileName, temp, user, county, Stages.NONE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The kind an upload names, or a 400 naming the kinds there are. */
    static CatalogKind kind(String code) {
        return CatalogKind.of(code).orElseThrow(() -> ApiException.badRequest(List.of(Problem.field("kind",
                "“" + code + "”不是可导入的清单种类，应为：" + CatalogKind.codes()))));
    }

    /** How far an import has got: the pipeline's rows read and decided, then storing. */
    public interface Stages extends Progress {
        Stages NONE = new Stages() {
            @Override
            public void read(int rows) {
            }

            @Override
            public void decided(int rows, int of) {
            }
        };

        default void storing() {
        }
    }

    /**
     * As above, from an upload already kept in {@code file} (a background import: ImportJobs), as the import
     * {@code id}, telling {@code stages} how far it has got.
     */
    @Transactional(rollbackFor = Exception.class)
    public ImportSummary importFile(String id, CatalogKind kind, String fileName, Path file, String user, String county,
                                    Stages stages) throws ImportFailure, IOException {
        Path report = Files.createTempFile("quanze-report-", ".xlsx");
        try {
            ImportRecords.Stored stored = kind == CatalogKind.DELEGATIONS
                    ? streamed(id, kind, fileName, file, user, county, stages, report)
                    : whole(id, kind, fileName, file, user, county, stages, report);
            records.finish(stored);
            return imports.find(stored.id()).orElseThrow();
        } catch (Pipeline.UnknownCounty e) {
            throw ApiException.badRequest(List.of(Problem.field("county", e.getMessage())));
        } finally {
            Files.deleteIfExists(report);
        }
    }

    /** Reads and decides the whole list, then stores it. */
    private ImportRecords.Stored whole(String id, CatalogKind kind, String fileName, Path file, String user,
                                       String county, Stages stages, Path report) throws ImportFailure, IOException {
        Vetted vetted = Pipeline.vet(kind, file, fileName, context, engines, county, LocalDate.now(clock), stages);
        stages.storing();
        boolean reported = vetted.result() != null;
        if (reported) {
            try (OutputStream out = Files.newOutputStream(report)) {
                Pipeline.annotate(vetted, file, fileName, engines, out);
            }
        }
        ImportRecords.Stored stored = records.store(id, vetted, file, fileName, user, reported ? report : null);
        storage.store(stored.id(), vetted, stored.byRow());
        return stored;
    }

    /**
     * A delegation list (a province's: 300,000 rows) stored while it is read and decided, {@value #BATCH} decisions
     * at a time, so that the service holds no more of it than a batch (issue #17: a province in a 1 GB heap). An
     * import error anywhere still refuses the whole file: the transaction rolls back what was stored before it.
     */
    private ImportRecords.Stored streamed(String id, CatalogKind kind, String fileName, Path file, String user,
                                          String county, Stages stages, Path report) throws ImportFailure, IOException {
        Streamed stream = new Streamed(id, kind, fileName, user);
        Vetted vetted = Pipeline.vetStreamed(kind, file, fileName, context, engines, county, LocalDate.now(clock), stages,
                stream);
        try {
            stages.storing();
            stream.store();
            try (OutputStream out = Files.newOutputStream(report)) {
                Pipeline.annotate(vetted, file, fileName, engines, out);
            }
        } finally {
            vetted.result().verdicts().close();
        }
        records.close(id, vetted, stream.batch.tally(), file, report);
        return new ImportRecords.Stored(id, List.of(), stream.batch.chain());
    }

    /**
     * Rows of a streamed delegation list with their decisions, stored {@value #BATCH} decisions at a time. The import's
     * row is written with the first batch: a small list with import errors is refused before anything is written.
     */
    private final class Streamed implements DelegationDecider.Decided {
        private final String id;
        private final CatalogKind kind;
        private final String fileName;
        private final String user;
        private final ImportRecords.Batch batch;
        private final List<DelegationCatalog.Row> rows = new ArrayList<>();
        private final List<List<Vetting.Subject>> subjects = new ArrayList<>();
        private boolean opened;

        Streamed(String id, CatalogKind kind, String fileName, String user) {
            this.id = id;
            this.kind = kind;
            this.fileName = fileName;
            this.user = user;
            this.batch = records.batch(id, user);
        }

        @Override
        public void row(DelegationCatalog.Row row, List<Decision> decisions, List<Vetting.Subject> about) {
            batch.add(row.rowNumber(), decisions, about);
            rows.add(row);
            subjects.add(about);
            if (batch.size() >= BATCH) {
                store();
            }
        }

        void store() {
            if (!opened) {
                records.open(id, kind, fileName, user);
                opened = true;
            }
            storage.storePowers(id, rows, subjects, ImportRecords.byRow(batch.store(), subjects));
            rows.clear();
            subjects.clear();
        }
    }

    /** Decisions stored to the database at a time while a list streams past. */
    static final int BATCH = 5_000;
}
