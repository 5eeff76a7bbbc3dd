package quanze.api.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import quanze.api.JsonText;
import quanze.api.decision.ChainLinks;
import quanze.api.decision.DecisionRepository;
import quanze.decision.Decision;
import quanze.engine.RuleBase;
import quanze.importing.Vetted;
import quanze.importing.Vetting;

/**
 * Writes an import: its row in {@code catalog_import} with the file and the annotated report, its decisions chained
 * in the log, the tally it keeps, and — when it is about to commit — its version number.
 */
@Component
class ImportRecords {
    private final JdbcClient jdbc;
    private final DecisionRepository decisions;
    private final ChainLinks chain;
    private final RuleBase rules;
    private final JsonText json;
    private final Clock clock;

    ImportRecords(JdbcClient jdbc, DecisionRepository decisions, ChainLinks chain, RuleBase rules, JsonText json,
                  Clock clock) {
        this.jdbc = jdbc;
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
    Stored store(String id, Vetted vetted, Path file, String fileName, String user, byte[] report) throws IOException {
        Vetting.Result result = vetted.result();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        if (result != null) {
            result.verdicts().rowsByOutcome().forEach((o, n) -> outcomes.put(o.name(), n));
        }
        // numbered and made current when it commits (finish)
        jdbc.sql("insert into catalog_import (id, kind, county, version, is_current, file_name, uploaded_by, created_at,"
                        + " rows_read, outcomes, rule_set_version, data_sheet, header_row)"
                        + " values (?,?,?,null,false,?,?,?,?,?,?,?,?)")
                .params(id, vetted.kind().code(), vetted.county(), fileName, user, Timestamp.from(Instant.now(clock)),
                        vetted.rows(), json.write(outcomes), rules.version(), vetted.sheet(), vetted.headerRow())
                .update();
        jdbc.sql("insert into catalog_file (import_id, original, report) values (?, ?, ?)")
                .params(id, Files.readAllBytes(file), report).update();
        if (result == null) {
            return new Stored(id, List.of(), null);
        }
        List<Decision> flat = new ArrayList<>();
        List<DecisionRepository.Meta> metas = new ArrayList<>();
        FindingTally tally = new FindingTally();
        for (int r = 0; r < result.decisionsByRow().size(); r++) {
            List<Decision> own = result.decisionsByRow().get(r);
            int rowNumber = result.rowNumbers().get(r);
            for (int i = 0; i < own.size(); i++) {
                Vetting.Subject about = result.subjectsByRow().get(r).get(i);
                flat.add(own.get(i));
                metas.add(new DecisionRepository.Meta(about.townshipCode(), about.code(), user, id, rowNumber));
                tally.add(rowNumber, about.townshipCode(), own.get(i));
            }
        }
        jdbc.sql("update catalog_import set findings = ? where id = ?").params(json.write(tally.result()), id).update();
        DecisionRepository.ImportChain importChain = new DecisionRepository.ImportChain(id);
        List<Decision> saved = decisions.saveOfImport(importChain, flat, metas);
        List<List<Decision>> byRow = new ArrayList<>();
        int next = 0;
        for (List<Decision> own : result.decisionsByRow()) {
            byRow.add(saved.subList(next, next + own.size()));
            next += own.size();
        }
        return new Stored(id, byRow, importChain);
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
