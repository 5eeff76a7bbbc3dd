package quanze.api.imports;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import quanze.api.JsonText;
import quanze.api.problem.Problem;
import quanze.api.problem.ProblemAdvice;
import quanze.importing.CatalogKind;

/**
 * Imports that run in the background (an upload with {@code Prefer: respond-async}): the upload is kept in a file
 * and answered at once with the import's id; a worker runs the same {@link ImportService#importFile} a waiting upload
 * would, and every {@value #BEAT_MILLIS} ms the instance writes how far each of its jobs has got to
 * {@code import_job} (in a transaction of its own, not the import's), so any instance can answer for it. A job whose
 * instance stopped beating is reported failed: its import's transaction died with it, so nothing was stored.
 */
@Service
public class ImportJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    static final int BEAT_MILLIS = 500;
    /** A running job not heard of for this long ran on an instance that has stopped. */
    static final Duration SILENT = Duration.ofSeconds(30);

    private final ImportService importing;
    private final ProblemAdvice problems;
    private final JdbcClient jdbc;
    private final JsonText json;
    private final Clock clock;
    private final TransactionTemplate own;
    private final ExecutorService workers;
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "import-job-beat");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, JobProgress> running = new ConcurrentHashMap<>();
    /** Where uploads wait for their job, one file per job: {@code <id>.upload}. */
    private final Path uploads = Path.of(System.getProperty("java.io.tmpdir"), "quanze-jobs");

    ImportJobs(ImportService importing, ProblemAdvice problems, JdbcClient jdbc, JsonText json, Clock clock,
               PlatformTransactionManager transactions, @Value("${quanze.import.workers:1}") int workers) {
        this.importing = importing;
        this.problems = problems;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // one import at a time per instance by default: each already decides on every core
        this.workers = Executors.newFixedThreadPool(Math.max(1, workers), r -> new Thread(r, "import-job"));
        beat.scheduleWithFixedDelay(this::beat, BEAT_MILLIS, BEAT_MILLIS, TimeUnit.MILLISECONDS);
        beat.schedule(this::sweepQuietly, 0, TimeUnit.MILLISECONDS);
    }

    /** Keeps the upload and starts importing it; the answer is the job, RUNNING. */
    public ImportSummary submit(String kind, String fileName, InputStream content, String user, String county)
            throws IOException {
        CatalogKind catalog = ImportService.kind(kind);
        String id = UUID.randomUUID().toString();
        Path file = Files.createDirectories(uploads).resolve(id + ".upload");
        Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        Instant now = clock.instant();
        own.executeWithoutResult(tx -> jdbc.sql("insert into import_job (id, kind, file_name, uploaded_by, state, phase,"
                        + " started_at, updated_at) values (?,?,?,?,?,?,?,?)")
                .params(id, kind, fileName, user, ImportSummary.RUNNING, JobProgress.QUEUED, Timestamp.from(now),
                        Timestamp.from(now)).update());
        JobProgress progress = new JobProgress();
        running.put(id, progress);
        workers.execute(() -> run(id, catalog, fileName, file, user, county, progress));
        return find(id).orElseThrow();
    }

    private void run(String id, CatalogKind kind, String fileName, Path file, String user, String county,
                     JobProgress progress) {
        ProblemDetail failure = null;
        progress.start();
        try {
            importing.importFile(id, kind, fileName, file, user, county, progress);
        } catch (Exception e) {
            failure = problems.answer(e);
        } finally {
            running.remove(id);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("导入任务 {} 的临时文件未能删除：{}", id, e.getMessage());
            }
        }
        ProblemDetail failed = failure;
        own.executeWithoutResult(tx -> jdbc.sql("update import_job set state = ?, phase = ?, rows_read = ?,"
                        + " rows_decided = ?, rows_total = ?, failure = ?, updated_at = ?, finished_at = ? where id = ?")
                .params(failed == null ? ImportSummary.DONE : ImportSummary.FAILED, progress.phase(), progress.read(),
                        progress.decided(), progress.total(), failed == null ? null : json.write(failureOf(failed)),
                        Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), id)
                .update());
    }

    private static ImportSummary.Failure failureOf(ProblemDetail p) {
        @SuppressWarnings("unchecked")
        List<Problem> listed = p.getProperties() == null ? List.of()
                : (List<Problem>) p.getProperties().getOrDefault("problems", List.of());
        return new ImportSummary.Failure(p.getStatus(), p.getDetail(), listed);
    }

    /**
     * Deletes the kept uploads no job will read again — those of jobs whose instance was killed before its worker
     * could delete them (a province file is tens of megabytes). Kept: this instance's jobs, jobs another instance on
     * this machine is still beating for, and files younger than {@link #SILENT} (written before their job's row).
     * Runs when the service starts.
     *
     * @return how many were deleted
     */
    public int sweep() throws IOException {
        if (!Files.isDirectory(uploads)) {
            return 0;
        }
        int deleted = 0;
        try (var files = Files.list(uploads)) {
            for (Path f : files.filter(x -> x.getFileName().toString().endsWith(".upload")).toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.upload$", "");
                Instant written = Files.getLastModifiedTime(f).toInstant();
                if (running.containsKey(id) || Duration.between(written, Instant.now()).compareTo(SILENT) <= 0) {
                    continue;
                }
                // find() is where a job still running (beating) is told from a dead one
                boolean alive = find(id).filter(job -> ImportSummary.RUNNING.equals(job.state())).isPresent();
                if (!alive && Files.deleteIfExists(f)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** The folder of kept uploads. */
    public Path uploads() {
        return uploads;
    }

    private void sweepQuietly() {
        try {
            int deleted = sweep();
            if (deleted > 0) {
                LOG.info("删除了 {} 个已中断的后台导入留下的上传文件", deleted);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("清理后台导入的上传文件失败：{}", e.getMessage());
        }
    }

    /** Writes how far this instance's jobs have got; the heartbeat that tells they are still alive. */
    private void beat() {
        try {
            Timestamp now = Timestamp.from(clock.instant());
            running.forEach((id, p) -> own.executeWithoutResult(tx -> jdbc.sql("update import_job set phase = ?,"
                            + " rows_read = ?, rows_decided = ?, rows_total = ?, updated_at = ? where id = ? and state = ?")
                    .params(p.phase(), p.read(), p.decided(), p.total(), now, id, ImportSummary.RUNNING).update()));
        } catch (RuntimeException e) {
            LOG.warn("导入任务进度未能写入：{}", e.getMessage());
        }
    }

    /** A job not yet stored as an import: RUNNING with its progress, or FAILED with why. */
    public Optional<ImportSummary> find(String id) {
        return jdbc.sql("select id, kind, file_name, uploaded_by, state, phase, rows_read, rows_decided, rows_total,"
                        + " failure, started_at, updated_at, finished_at from import_job where id = ? and state <> ?")
                .params(id, ImportSummary.DONE).query((rs, i) -> {
                    Instant started = rs.getTimestamp(11).toInstant();
                    Instant updated = rs.getTimestamp(12).toInstant();
                    String state = rs.getString(5);
                    ImportSummary.Failure failure = rs.getString(10) == null ? null
                            : json.read(rs.getString(10), ImportSummary.Failure.class);
                    if (state.equals(ImportSummary.RUNNING) && Duration.between(updated, clock.instant()).compareTo(SILENT) > 0) {
                        state = ImportSummary.FAILED;
                        failure = new ImportSummary.Failure(500, "导入中断：运行它的服务已停止，没有保存任何数据，请重新上传", List.of());
                    }
                    Instant end = rs.getTimestamp(13) == null ? clock.instant() : rs.getTimestamp(13).toInstant();
                    ImportSummary.Progress progress = new ImportSummary.Progress(rs.getString(6), rs.getInt(7),
                            rs.getInt(8), (Integer) rs.getObject(9), Duration.between(started, end).toMillis());
                    return new ImportSummary(rs.getString(1), rs.getString(2), null, null, null, rs.getString(3),
                            rs.getString(4), started, null, null, null, state, progress, failure);
                }).optional();
    }

    @PreDestroy
    void stop() {
        beat.shutdownNow();
        workers.shutdownNow();
    }

    /** How far one job has got, as its worker reports it; read by the heartbeat. */
    static final class JobProgress implements ImportService.Stages {
        /** Waiting for this instance's worker (quanze.import.workers), busy with uploads that came before. */
        static final String QUEUED = "QUEUED";
        static final String READ = "READ";
        static final String DECIDE = "DECIDE";
        static final String STORE = "STORE";
        private volatile String phase = QUEUED;
        private volatile int read;
        private volatile int decided;
        private volatile Integer total;
        private volatile int expected;

        void start() {
            phase = READ;
        }

        @Override
        public void read(int rows) {
            read = rows;
        }

        /** A delegation list is decided while it is read: of all its rows, as far as the sheet's size tells. */
        @Override
        public void decided(int rows, int of) {
            phase = DECIDE;
            total = Math.max(of, expected);
            decided = rows;
        }

        @Override
        public void expect(int rows) {
            expected = rows;
        }

        @Override
        public void storing() {
            phase = STORE;
        }

        String phase() {
            return phase;
        }

        int read() {
            return read;
        }

        int decided() {
            return decided;
        }

        Integer total() {
            return total;
        }
    }
}
