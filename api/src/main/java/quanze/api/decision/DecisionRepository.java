package quanze.api.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import quanze.api.JsonText;
import quanze.decision.Decision;

/**
 * The decision log. A decision is written once, with the JSON it was answered with, and never
 * updated: GET returns the stored body byte for byte in meaning.
 */
@Repository
public class DecisionRepository {
    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final JsonText json;
    private final ChainLinks chain;

    DecisionRepository(JdbcTemplate template, JdbcClient jdbc, JsonText json, ChainLinks chain) {
        this.template = template;
        this.jdbc = jdbc;
        this.json = json;
        this.chain = chain;
    }

    /** What is stored with a decision besides its body: whom it concerns and who asked. */
    public record Meta(String townshipCode, String subject, String madeBy, String importId, Integer rowNumber) {
        public Meta(String townshipCode, String subject, String madeBy, String importId) {
            this(townshipCode, subject, madeBy, importId, null);
        }
    }

    public record Stored(String id, String townshipCode, JsonNode body) {
    }

    @Transactional
    public Decision save(Decision decision, Meta meta) {
        return saveAll(List.of(decision), List.of(meta)).get(0);
    }

    /**
     * Appends decisions to the log, all or none, each linked to the one before by its hash. The chain head is locked
     * from here until the caller's transaction commits (ChainLinks), so appends are serialised by the database across
     * every instance; the JSON is written before the lock is taken.
     */
    @Transactional
    public List<Decision> saveAll(List<Decision> decisions, List<Meta> metas) {
        List<Decision> stored = withIds(decisions);
        List<String> bodies = stored.stream().map(json::write).toList();
        ChainLinks.Head head = chain.lock();
        String prev = head.hash();
        List<Object[]> rows = new ArrayList<>(stored.size());
        List<ChainLinks.Link> links = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            Decision d = stored.get(i);
            String hash = link(prev, d, metas.get(i), bodies.get(i));
            rows.add(row(d, metas.get(i), bodies.get(i), prev, hash, null));
            links.add(new ChainLinks.Link(prev, hash, d.id(), null, 1, null));
            prev = hash;
        }
        insert(rows, List.of());
        chain.append(head, links);
        return stored;
    }

    /**
     * An import's decisions so far: the place of the next and the end of the import's own chain. Its decisions are
     * chained from the import's start without the chain head, and the import is linked to the log once, by
     * {@link #linkImport}, just before its transaction commits: a long import never holds the log.
     */
    public static final class ImportChain {
        private final String importId;
        private String hash;
        private int count;

        public ImportChain(String importId) {
            this.importId = importId;
            this.hash = DecisionChain.importStart(importId);
        }
    }

    /** Stores a batch of an import's decisions (in row order; further batches continue the same chain). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Decision> saveOfImport(ImportChain chain, List<Decision> decisions, List<Meta> metas) {
        List<Decision> stored = withIds(decisions);
        List<Object[]> rows = new ArrayList<>(stored.size());
        List<Object[]> byRule = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Decision d = stored.get(i);
            Meta m = metas.get(i);
            String body = json.write(d);
            String hash = link(chain.hash, d, m, body);
            int ordinal = chain.count++;
            rows.add(row(d, m, body, chain.hash, hash, ordinal));
            // one index row per rule that found something, for the import's pages filtered by rule
            d.findings().stream().map(quanze.decision.Finding::ruleId).distinct()
                    .forEach(rule -> byRule.add(new Object[] {chain.importId, rule, ordinal, d.id()}));
            chain.hash = hash;
        }
        insert(rows, byRule);
        return stored;
    }

    /** Links a whole import to the log (one link, after the head, which stays locked until the import commits). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void linkImport(ImportChain imported) {
        ChainLinks.Head head = chain.lock();
        if (imported.count == 0) {
            return;
        }
        String hash = DecisionChain.importLink(head.hash(), imported.importId, imported.count, imported.hash);
        chain.append(head, List.of(new ChainLinks.Link(head.hash(), hash, null, imported.importId, imported.count,
                imported.hash)));
    }

    private static List<Decision> withIds(List<Decision> decisions) {
        return decisions.stream().map(d -> d.withId(UUID.randomUUID().toString())).toList();
    }

    private static String link(String prev, Decision d, Meta m, String body) {
        return DecisionChain.link(prev, d.id(), d.kind().name(), d.outcome().name(), m.townshipCode(), body);
    }

    /** The decision's row; its rule ids as ",DLG-05,DLG-09," for the LIKE filters. */
    private static Object[] row(Decision d, Meta m, String body, String prev, String hash, Integer ordinal) {
        List<String> found = d.findings().stream().map(quanze.decision.Finding::ruleId).distinct().toList();
        return new Object[] {d.id(), d.kind().name(), d.outcome().name(), m.townshipCode(), m.subject(),
                Timestamp.from(d.decidedAt()), Date.valueOf(d.asOf()), d.ruleSetVersion(), m.madeBy(), m.importId(),
                body, prev, hash, m.rowNumber(), found.isEmpty() ? null : "," + String.join(",", found) + ",", ordinal};
    }

    private void insert(List<Object[]> rows, List<Object[]> byRule) {
        template.batchUpdate("insert into decision (id, kind, outcome, township_code, subject, decided_at, as_of, "
                + "rule_set_version, made_by, import_id, body, prev_hash, hash, row_number, rule_ids, ordinal)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        if (!byRule.isEmpty()) {
            template.batchUpdate("insert into decision_finding (import_id, rule_id, ordinal, decision_id) values (?,?,?,?)",
                    byRule);
        }
    }

    /** A decision of an import, with the sheet row it was made on. */
    public record RowDecision(Integer rowNumber, String townshipCode, String subject, JsonNode body) {
    }

    /**
     * One page of an import's decisions in row order, optionally (non-null) only those with a finding of one rule
     * and/or one outcome.
     */
    public List<RowDecision> ofImport(String importId, String ruleId, String outcome, int page, int size) {
        boolean byRule = ruleId != null;
        boolean byOutcome = outcome != null;
        // imports stored with their places (V8) page through an index; older ones through the decisions themselves
        boolean indexed = jdbc.sql("select count(*) from decision where import_id = ? and ordinal = 0").param(importId)
                .query(Integer.class).single() > 0;
        if (indexed && byRule && !byOutcome) {
            return jdbc.sql("select d.row_number, d.township_code, d.subject, d.body from decision_finding f"
                            + " join decision d on d.id = f.decision_id where f.import_id = ? and f.rule_id = ?"
                            + " order by f.ordinal limit ? offset ?")
                    .params(importId, ruleId, size, (long) page * size).query(this::rowDecision).list();
        }
        if (indexed && !byRule && byOutcome) {
            return jdbc.sql("select row_number, township_code, subject, body from decision where import_id = ?"
                            + " and outcome = ? order by ordinal limit ? offset ?")
                    .params(importId, outcome, size, (long) page * size).query(this::rowDecision).list();
        }
        if (indexed && !byRule && !byOutcome) {
            return jdbc.sql("select row_number, township_code, subject, body from decision where import_id = ?"
                            + " and ordinal >= ? and ordinal < ? order by ordinal")
                    .params(importId, (long) page * size, (long) (page + 1) * size).query(this::rowDecision).list();
        }
        StringBuilder sql = new StringBuilder("select row_number, township_code, subject, body from decision where import_id = ?");
        List<Object> params = new ArrayList<>(List.of(importId));
        filterOfImport(sql, params, ruleId, outcome);
        sql.append(" order by seq limit ? offset ?");
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql(sql.toString()).params(params).query(this::rowDecision).list();
    }

    private RowDecision rowDecision(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new RowDecision((Integer) rs.getObject(1), rs.getString(2), rs.getString(3), json.tree(rs.getString(4)));
    }

    public long countOfImport(String importId, String ruleId, String outcome) {
        StringBuilder sql = new StringBuilder("select count(*) from decision where import_id = ?");
        List<Object> params = new ArrayList<>(List.of(importId));
        filterOfImport(sql, params, ruleId, outcome);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static void filterOfImport(StringBuilder sql, List<Object> params, String ruleId, String outcome) {
        if (ruleId != null) {
            sql.append(" and rule_ids like ?");
            params.add("%," + ruleId + ",%");
        }
        filter(sql, params, "outcome", outcome);
    }

    /** Walks the whole log in order and names the first decision whose link does not hold. */
    public DecisionChain.Verification verify() {
        return chain.verify();
    }

    /** How a controller answers a decision it has just stored: 201 Created, with the decision's address. */
    public static org.springframework.http.ResponseEntity<Decision> created(Decision stored) {
        return org.springframework.http.ResponseEntity.created(java.net.URI.create("/api/v1/decisions/" + stored.id()))
                .body(stored);
    }

    public Optional<Stored> find(String id) {
        return jdbc.sql("select id, township_code, body from decision where id = ?").param(id)
                .query((rs, i) -> new Stored(rs.getString(1), rs.getString(2), json.tree(rs.getString(3)))).optional();
    }

    public List<JsonNode> search(String kind, String outcome, String township, LocalDate from, LocalDate to,
                                 String onlyTownship, int page, int size) {
        StringBuilder sql = new StringBuilder("select body from decision where 1=1");
        List<Object> params = new ArrayList<>();
        filter(sql, params, "kind", kind);
        filter(sql, params, "outcome", outcome);
        filter(sql, params, "township_code", township);
        filter(sql, params, "township_code", onlyTownship);
        if (from != null) {
            sql.append(" and decided_at >= ?");
            params.add(Timestamp.valueOf(from.atStartOfDay()));
        }
        if (to != null) {
            sql.append(" and decided_at < ?");
            params.add(Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        }
        sql.append(" order by seq desc limit ? offset ?");
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> json.tree(rs.getString(1))).list();
    }

    private static void filter(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }



    /**
     * The inputs of the decisions of the current import of {@code kind} concerning a township (e.g. the secondments
     * on record, which ORG-05 counts with a new request's).
     */
    public <T> List<T> currentInputs(String kind, String townshipCode, Class<T> type) {
        return jdbc.sql("select d.body from decision d join catalog_import i on i.id = d.import_id"
                        + " where i.kind = ? and i.is_current and d.township_code = ?")
                .params(kind, townshipCode).query(String.class).list().stream()
                .map(body -> json.tree(body).path("input"))
                .map(input -> json.convert(input, type))
                .toList();
    }
}
