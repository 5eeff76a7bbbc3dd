package quanze.api.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import quanze.api.JsonText;
import quanze.api.decision.ChainLinks;
import quanze.api.decision.DecisionRepository;
import quanze.decision.Decision;
import quanze.engine.RuleBase;
import quanze.importing.CatalogKind;
import quanze.importing.Vetted;
import quanze.importing.Vetting;

/**
 * Writes an import: its row in {@code catalog_import} with the file and the annotated report, its decisions chained
 * in the log, the tally it keeps, and — when it is about to commit — its version number.
 */
@Component
class ImportRecords {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DecisionRepository decisions;
    private final ChainLinks chain;
    private final RuleBase rules;
    private final JsonText json;
    private final Clock clock;

    ImportRecords(JdbcClient jdbc, JdbcTemplate template, DecisionRepository decisions, ChainLinks chain, RuleBase rules,
                  JsonText json, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.decisions = decisions;
        this.chain = chain;
        this.rules = rules;
        this.json = json;
        this.clock = clock;
    }

    /** A stored import: its id, its decisions by row (now with their ids) and their chain, null when it has none. */
    record Stored(String id, List<List<Decision>> byRow, DecisionRepository.ImportChain chain) {
    }

    /** Stores the import, its file and report (null for a list that makes no decisions) and every decision on it. */
    Stored store(String id, Vetted vetted, Path file, String fileName, String user, Path report) throws IOException {
        Vetting.Result result = vetted.result();
        open(id, vetted.kind(), fileName, user);
        if (result == null) {
            close(id, vetted, null, file, report);
            return new Stored(id, List.of(), null);
        }
        Batch batch = new Batch(id, user);
        for (int r = 0; r < result.decisionsByRow().size(); r++) {
            batch.add(result.rowNumbers().get(r), result.decisionsByRow().get(r), result.subjectsByRow().get(r));
        }
        List<List<Decision>> byRow = byRow(batch.store(), result.decisionsByRow());
        close(id, vetted, batch.tally(), file, report);
        return new Stored(id, byRow, batch.chain());
    }

    /** Decisions stored in row order, back in their rows: as many to a row as {@code rows} has elements in it. */
    static List<List<Decision>> byRow(List<Decision> stored, List<? extends List<?>> rows) {
        List<List<Decision>> out = new ArrayList<>(rows.size());
        int next = 0;
        for (List<?> row : rows) {
            out.add(stored.subList(next, next + row.size()));
            next += row.size();
        }
        return out;
    }

    /**
     * The row of an import about to be stored; its county, rows, outcomes and tally are known and written when it is
     * closed (a list decided as it streams past is known only at its end). Numbered and made current when it commits
     * ({@link #finish}).
     */
    void open(String id, CatalogKind kind, String fileName, String user) {
        jdbc.sql("insert into catalog_import (id, kind, county, version, is_current, file_name, uploaded_by, created_at,"
                        + " rows_read, outcomes, rule_set_version) values (?,?,'',null,false,?,?,?,0,'{}',?)")
                .params(id, kind.code(), fileName, user, Timestamp.from(Instant.now(clock)), rules.version())
                .update();
    }

    /**
     * An import's decisions stored a batch at a time, in row order, each with its row and whom it concerns, chained
     * among themselves and tallied by rule and township.
     */
    final class Batch {
        private final String id;
        private final String user;
        private final DecisionRepository.ImportChain chain;
        private final FindingTally tally = new FindingTally();
        private final List<Decision> pending = new ArrayList<>();
        private final List<DecisionRepository.Meta> metas = new ArrayList<>();

        Batch(String id, String user) {
            this.id = id;
            this.user = user;
            this.chain = new DecisionRepository.ImportChain(id);
        }

        /** Adds the decisions made on sheet row {@code rowNumber}, one per subject. */
        void add(int rowNumber, List<Decision> own, List<Vetting.Subject> about) {
            for (int i = 0; i < own.size(); i++) {
                Vetting.Subject subject = about.get(i);
                pending.add(own.get(i));
                metas.add(new DecisionRepository.Meta(subject.townshipCode(), subject.code(), user, id, rowNumber));
                tally.add(rowNumber, subject.townshipCode(), own.get(i));
            }
        }

        int size() {
            return pending.size();
        }

        /** Stores the decisions added since the last call; returns them with their ids, in the order added. */
        List<Decision> store() {
            List<Decision> saved = pending.isEmpty() ? List.of() : decisions.saveOfImport(chain, pending, metas);
            pending.clear();
            metas.clear();
            return saved;
        }

        DecisionRepository.ImportChain chain() {
            return chain;
        }

        FindingTally.Result tally() {
            return tally.result();
        }
    }

    Batch batch(String id, String user) {
        return new Batch(id, user);
    }

    /**
     * Writes what became known of an opened import once its list was read and decided: its county, rows, outcomes,
     * sheet, header row and findings tally (null for a list that makes no decisions), with the file and its report,
     * streamed from disk.
     */
    void close(String id, Vetted vetted, FindingTally.Result tally, Path file, Path report) throws IOException {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        if (vetted.result() != null) {
            vetted.result().verdicts().rowsByOutcome().forEach((o, n) -> outcomes.put(o.name(), n));
        }
        jdbc.sql("update catalog_import set county = ?, rows_read = ?, outcomes = ?, data_sheet = ?, header_row = ?,"
                        + " findings = ? where id = ?")
                .params(vetted.county(), vetted.rows(), json.write(outcomes), vetted.sheet(), vetted.headerRow(),
                        tally == null ? null : json.write(tally), id)
                .update();
        int originalSize = (int) Files.size(file);
        int reportSize = report == null ? 0 : (int) Files.size(report);
        try (InputStream original = Files.newInputStream(file);
             InputStream annotated = report == null ? null : Files.newInputStream(report)) {
            template.update("insert into catalog_file (import_id, original, report) values (?, ?, ?)", ps -> {
                ps.setString(1, id);
                ps.setBinaryStream(2, original, originalSize);
                if (annotated == null) {
                    ps.setNull(3, java.sql.Types.BINARY);
                } else {
                    ps.setBinaryStream(3, annotated, reportSize);
                }
            });
        }
    }

    /**
     * Makes a stored import the current version of its county's catalog of its kind and links its decisions to the
     * log, both under the chain head's lock, taken here, just before the import commits: versions are numbered in
     * the order imports commit, consecutive and one current (unique indexes of V11), whichever instance runs them.
     */
    void finish(Stored stored) {
        if (stored.chain() != null) {
            decisions.linkImport(stored.chain());
        } else {
            chain.lock();
        }
        record Series(String kind, String county) {
        }
        Series s = jdbc.sql("select kind, county from catalog_import where id = ?").param(stored.id())
                .query((rs, i) -> new Series(rs.getString(1), rs.getString(2))).single();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from catalog_import where county = ? and kind = ?")
                .params(s.county(), s.kind()).query(Integer.class).single();
        jdbc.sql("update catalog_import set is_current = false, current_kind = null where county = ? and kind = ? and is_current")
                .params(s.county(), s.kind()).update();
        jdbc.sql("update catalog_import set version = ?, is_current = true, current_kind = kind where id = ?")
                .params(version, stored.id()).update();
    }
}
