package quanze.api.decision;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import quanze.decision.Decision;

/**
 * The decision log. A decision is written once, in its kept form (StoredForm: its own values and the key of the
 * basis it shares with others), and never updated: GET renders it whole again as it was answered.
 */
@Repository
public class DecisionRepository {
    private final JdbcTemplate template;
    private final StoredForm form;
    private final ChainLinks chain;

    DecisionRepository(JdbcTemplate template, StoredForm form, ChainLinks chain) {
        this.template = template;
        this.form = form;
        this.chain = chain;
    }

    /** What is stored with a decision besides its body: whom it concerns and who asked. */
    public record Meta(String townshipCode, String subject, String madeBy, String importId, Integer rowNumber) {
        public Meta(String townshipCode, String subject, String madeBy, String importId) {
            this(townshipCode, subject, madeBy, importId, null);
        }
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
        List<StoredForm.Written> bodies = stored.stream().map(form::write).toList();
        form.storeBases(bodies);
        ChainLinks.Head head = chain.lock();
        String prev = head.hash();
        List<Object[]> rows = new ArrayList<>(stored.size());
        List<ChainLinks.Link> links = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            Decision d = stored.get(i);
            StoredForm.Written body = bodies.get(i);
            String hash = link(prev, d, metas.get(i), body.body());
            rows.add(row(d, metas.get(i), body, prev, hash, null));
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
        List<StoredForm.Written> bodies = stored.stream().map(form::write).toList();
        form.storeBases(bodies);
        List<Object[]> rows = new ArrayList<>(stored.size());
        List<Object[]> byRule = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Decision d = stored.get(i);
            Meta m = metas.get(i);
            StoredForm.Written body = bodies.get(i);
            String hash = link(chain.hash, d, m, body.body());
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

    /**
     * The decision's row: its kept form compressed, with the key of its basis (StoredForm), where the rule-set version
     * is; its rule ids as ",DLG-05,DLG-09," for the LIKE filters.
     */
    private static Object[] row(Decision d, Meta m, StoredForm.Written body, String prev, String hash, Integer ordinal) {
        List<String> found = d.findings().stream().map(quanze.decision.Finding::ruleId).distinct().toList();
        return new Object[] {d.id(), d.kind().name(), d.outcome().name(), m.townshipCode(), m.subject(),
                Timestamp.from(d.decidedAt()), Date.valueOf(d.asOf()), m.madeBy(), m.importId(), body.basis().key(),
                body.kept(), prev, hash, m.rowNumber(), found.isEmpty() ? null : "," + String.join(",", found) + ",", ordinal};
    }

    private void insert(List<Object[]> rows, List<Object[]> byRule) {
        template.batchUpdate("insert into decision (id, kind, outcome, township_code, subject, decided_at, as_of, "
                + "made_by, import_id, basis_key, kept, prev_hash, hash, row_number, rule_ids, ordinal)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        if (!byRule.isEmpty()) {
            template.batchUpdate("insert into decision_finding (import_id, rule_id, ordinal, decision_id) values (?,?,?,?)",
                    byRule);
        }
    }

    /** How a controller answers a decision it has just stored: 201 Created, with the decision's address. */
    public static org.springframework.http.ResponseEntity<Decision> created(Decision stored) {
        return org.springframework.http.ResponseEntity.created(java.net.URI.create("/api/v1/decisions/" + stored.id()))
                .body(stored);
    }
}
