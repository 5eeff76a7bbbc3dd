package quanze.api.decision;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain of the decision log in the database (V11): one link per decision stored on its own, one per import.
 * Appends are serialised by the database, not by this instance: each locks the one-row chain head
 * ({@code select … for update}) and holds it until its transaction commits, so every instance on the database
 * appends after the last committed link; a second link after one link breaks the unique index on
 * {@code prev_hash} and fails loudly. An import chains its decisions among themselves while it runs and takes the
 * head only when it is linked, just before it commits (docs/scaling.md).
 */
@Repository
public class ChainLinks {
    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final StoredForm form;

    ChainLinks(JdbcTemplate template, JdbcClient jdbc, StoredForm form) {
        this.template = template;
        this.jdbc = jdbc;
        this.form = form;
    }

    /** The end of the chain: the last link's position and hash. */
    public record Head(long pos, String hash) {
    }

    /**
     * Locks the chain head until the caller's transaction ends: nothing else appends to the log, and nothing else
     * that is serialised with it (catalog versions) runs, in any instance, until then.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Head lock() {
        return jdbc.sql("select pos, hash from chain_head where id = 1 for update")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    /** One link to add after the head: a decision's ({@code entries} 1) or an import's. */
    public record Link(String prevHash, String hash, String decisionId, String importId, int entries, String blockHash) {
    }

    /**
     * Adds links after {@code head} (locked by this transaction) and moves the head to the last. Public for the
     * decision log (DecisionRepository) and the tests that fail it half-way; nothing else appends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(Head head, List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(links.size());
        long pos = head.pos();
        for (Link l : links) {
            rows.add(new Object[] {++pos, l.prevHash(), l.hash(), l.decisionId(), l.importId(), l.entries(), l.blockHash()});
        }
        template.batchUpdate("insert into chain_link (pos, prev_hash, hash, decision_id, import_id, entries, block_hash)"
                + " values (?,?,?,?,?,?,?)", rows);
        int moved = jdbc.sql("update chain_head set pos = ?, hash = ? where id = 1 and pos = ?")
                .params(pos, links.get(links.size() - 1).hash(), head.pos()).update();
        if (moved != 1) {
            throw new IllegalStateException("决定日志的链头已被其他事务移动：本次写入未持有链头锁");
        }
    }

    /**
     * Walks the whole log: decisions from before the chain table row by row, then every link in order (a decision's
     * row, or an import's decisions along their own chain), and names the first that does not hold.
     */
    @Transactional(readOnly = true)
    public DecisionChain.Verification verify() {
        long legacySeq = jdbc.sql("select legacy_seq from chain_head where id = 1").query(Long.class).single();
        DecisionChain.Walker legacy = walk(new DecisionChain.Walker(""), "seq <= ? order by seq", legacySeq);
        if (legacy.broken() != null) {
            return legacy.broken();
        }
        LinkWalker links = new LinkWalker(legacy.end(), legacy.checked());
        template.query("select l.pos, l.prev_hash, l.hash, l.import_id, l.entries, l.block_hash,"
                        + " d.seq, d.id, d.kind, d.outcome, d.township_code, d.body, d.prev_hash, d.hash, d.basis_key, d.kept"
                        + " from chain_link l left join decision d on d.id = l.decision_id order by l.pos",
                rs -> {
                    links.next(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                            (Long) rs.getObject(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                            rs.getString(8) == null ? null : text(rs.getString(12), rs.getString(15), rs.getBytes(16)),
                            rs.getString(13), rs.getString(14));
                });
        if (links.broken != null) {
            return links.broken;
        }
        long checked = links.checked;
        for (Block b : links.blocks) {
            DecisionChain.Walker walker = walk(new DecisionChain.Walker(DecisionChain.importStart(b.importId())),
                    "import_id = ? order by ordinal", b.importId());
            if (walker.broken() != null) {
                return walker.broken();
            }
            if (walker.checked() != b.entries() || !walker.end().equals(b.blockHash())) {
                return new DecisionChain.Verification(false, checked, null, b.importId(),
                        "该导入的决定条数或末条哈希与日志所记不符：其中有决定被删除或插入");
            }
            checked += walker.checked();
        }
        var outside = jdbc.sql("select seq, id from decision d where seq > ?"
                        + " and not exists (select 1 from chain_link l where l.decision_id = d.id)"
                        + " and not exists (select 1 from chain_link l where l.import_id = d.import_id)"
                        + " order by seq limit 1")
                .param(legacySeq).query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        if (outside.isPresent()) {
            return new DecisionChain.Verification(false, checked, (Long) outside.get()[0], (String) outside.get()[1],
                    "该决定不在哈希链上：记录绕过服务写入日志");
        }
        String head = jdbc.sql("select hash from chain_head where id = 1").query(String.class).single();
        if (!head.equals(links.prev)) {
            return new DecisionChain.Verification(false, checked, null, null, "链头记录的哈希与最后一条链接不符：链尾的记录被删除");
        }
        return new DecisionChain.Verification(true, checked, null, null, "决定日志完整，哈希链逐条验证通过");
    }

    /** Streams the decisions a condition selects, in its order, through a walker of one chain. */
    private DecisionChain.Walker walk(DecisionChain.Walker walker, String where, Object param) {
        template.query("select seq, id, kind, outcome, township_code, body, prev_hash, hash, basis_key, kept from decision"
                        + " where " + where,
                rs -> {
                    walker.next(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            text(rs.getString(6), rs.getString(9), rs.getBytes(10)), rs.getString(7), rs.getString(8));
                }, param);
        return walker;
    }

    /** A decision's kept text as the chain hashed it; a row whose kept form no longer expands hashes as nothing. */
    private String text(String body, String basisKey, byte[] kept) {
        try {
            return form.text(body, basisKey, kept);
        } catch (IllegalStateException e) {
            return "";
        }
    }

    private record Block(String importId, int entries, String blockHash) {
    }

    /** Follows the links in order; an import's own chain is walked afterwards (its block). */
    private static final class LinkWalker {
        private String prev;
        private long checked;
        private DecisionChain.Verification broken;
        private final List<Block> blocks = new ArrayList<>();

        LinkWalker(String start, long checked) {
            this.prev = start;
            this.checked = checked;
        }

        void next(String prevHash, String hash, String importId, int entries, String blockHash, Long seq, String id,
                  String kind, String outcome, String township, String body, String rowPrev, String rowHash) {
            if (broken != null) {
                return;
            }
            if (importId != null) {
                if (!prev.equals(prevHash) || !DecisionChain.importLink(prevHash, importId, entries, blockHash).equals(hash)) {
                    broken = new DecisionChain.Verification(false, checked, null, importId,
                            "该导入在日志中的链接与其前后不符：其前的记录被删除、插入或改动");
                }
                blocks.add(new Block(importId, entries, blockHash));
            } else {
                checked++;
                if (id == null) {
                    broken = new DecisionChain.Verification(false, checked, null, null, "链上记录的决定已不在日志中：记录被删除");
                } else if (!prev.equals(prevHash) || !prevHash.equals(rowPrev) || !hash.equals(rowHash)) {
                    broken = new DecisionChain.Verification(false, checked, seq, id, DecisionChain.MOVED);
                } else if (!DecisionChain.link(prevHash, id, kind, outcome, township, body).equals(hash)) {
                    broken = new DecisionChain.Verification(false, checked, seq, id, DecisionChain.ALTERED);
                }
            }
            prev = hash;
        }
    }
}
