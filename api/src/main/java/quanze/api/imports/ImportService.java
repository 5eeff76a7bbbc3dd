package quanze.api.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import quanze.api.problem.ApiException;
import quanze.api.problem.Problem;
import quanze.importing.CatalogKind;
import quanze.importing.Engines;
import quanze.importing.Pipeline;
import quanze.importing.Progress;
import quanze.importing.Vetted;
import quanze.sheet.ImportFailure;

/**
 * Imports a catalog spreadsheet in one transaction: the {@link Pipeline} reads, validates and decides the whole
 * file first (any import error refuses it whole) and writes its annotated report; then the import, its decisions,
 * its rows and its report are stored as a new current version for the county.
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
        Vetted vetted;
        try {
            vetted = Pipeline.vet(kind, file, fileName, context, engines, county, LocalDate.now(clock), stages);
        } catch (Pipeline.UnknownCounty e) {
            throw ApiException.badRequest(List.of(Problem.field("county", e.getMessage())));
        }
        stages.storing();
        byte[] report = null;
        if (vetted.result() != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Pipeline.annotate(vetted, file, fileName, engines, out);
            report = out.toByteArray();
        }
        ImportRecords.Stored stored = records.store(id, vetted, file, fileName, user, report);
        storage.store(stored.id(), vetted, stored.byRow());
        records.finish(stored);
        return imports.find(stored.id()).orElseThrow();
    }
}
