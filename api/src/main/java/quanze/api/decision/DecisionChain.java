package quanze.api.decision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash chain of the decision log (ZB5 二 全程留痕、可追溯、可追责). */
public final class DecisionChain {
    private DecisionChain() {
    }

    /** SHA-256 over the previous link and everything a reader relies on in this decision. */
    static String link(String prev, String id, String kind, String outcome, String township, String body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {prev, id, kind, outcome, township == null ? "" : township, body}) {
                md.update(part.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where an import's own chain starts: its decisions are chained from here while it runs. */
    static String importStart(String importId) {
        return link("", importId, "IMPORT", "", "", "");
    }

    /** The link of a whole import in the log: the end of its own chain and how many decisions it holds. */
    static String importLink(String prev, String importId, int entries, String blockHash) {
        return link(prev, importId, "IMPORT", Integer.toString(entries), "", blockHash);
    }

    /** {@code brokenAt} is the first decision whose row no longer matches its link, when there is one. */
    public record Verification(boolean intact, long checked, Long brokenSeq, String brokenId, String reason) {
    }

    static final String MOVED = "该决定记录的上一条哈希与日志不符：其前的记录被删除、插入或改动";
    static final String ALTERED = "该决定的内容与其哈希不符：记录在写入后被改动";
    static final String BASIS_ALTERED = "决定所依据的规则集版本、所评规则及其依据或参数记录与其编号不符：记录在写入后被改动";

    /** Walks decisions chained one after another, from {@code start}. */
    static final class Walker {
        private String prev;
        private long checked;
        private Verification broken;

        Walker(String start) {
            this.prev = start;
        }

        void next(long seq, String id, String kind, String outcome, String township, String body, String prevHash,
                  String hash) {
            if (broken != null) {
                return;
            }
            checked++;
            if (!prev.equals(prevHash)) {
                broken = new Verification(false, checked, seq, id, MOVED);
            } else if (!link(prevHash, id, kind, outcome, township, body).equals(hash)) {
                broken = new Verification(false, checked, seq, id, ALTERED);
            }
            prev = hash;
        }

        String end() {
            return prev;
        }

        long checked() {
            return checked;
        }

        Verification broken() {
            return broken;
        }

    }
}
