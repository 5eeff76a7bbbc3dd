package quanze.api.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import quanze.api.JsonText;
import quanze.decision.Citation;
import quanze.decision.Decision;
import quanze.decision.DecisionKind;
import quanze.decision.Finding;
import quanze.decision.Outcome;
import quanze.decision.Severity;
import quanze.engine.RuleBase;
import quanze.engine.RuleInfo;

/**
 * How a decision is kept in the log (V13): its own values — each finding's rule id, message and fields, its dates,
 * its input — and the key of its <em>basis</em>, what thousands of decisions share: the rule-set version, the rules
 * evaluated with their severity and clauses, the parameter rows in force. A basis is stored once, in
 * {@code decision_basis}, under the start of the SHA-256 of its text. Read back, a decision is rendered whole, as it
 * was answered; the chain hashes the kept form (DecisionChain). A finding keeps its own severity or clauses only where
 * they are not its rule's (DLG-17 cites the very article of the table row that matched).
 */
@Component
public class StoredForm {
    /** The hex digits of SHA-256 a basis is keyed by: 96 bits, past any forgery, a quarter of a full hash's bytes. */
    static final int KEY_LENGTH = 24;
    private static final int CACHED = 1_000;

    private final JsonText json;
    /** Reads a kept body keeping each number as written (10.50 stays 10.50, as the decision was answered). */
    private final ObjectMapper exact;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final RuleBase rules;
    /** The text kept decisions are compressed against: the same for every basis this rule base makes. */
    private final String dictionary;
    private final Map<Shared, Keyed> written = new ConcurrentHashMap<>();
    private final Map<String, Keyed> read = new ConcurrentHashMap<>();

    StoredForm(JsonText json, ObjectMapper mapper, JdbcClient jdbc, JdbcTemplate template, RuleBase rules) {
        this.json = json;
        this.exact = mapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        this.jdbc = jdbc;
        this.template = template;
        this.rules = rules;
        this.dictionary = dictionary(rules.wording());
    }

    /** What a rule's findings say unless they say otherwise. */
    public record RuleMeta(Severity severity, List<Citation> citations) {
    }

    /**
     * What the decisions made under one rule-set version, by one family's rules, under one set of parameters share;
     * {@code dictionary} the text their kept form is compressed against (the rules' fixed wording, RuleBase#wording).
     */
    public record Basis(String ruleSetVersion, List<String> rulesEvaluated, List<String> parameters,
                        Map<String, RuleMeta> rules, String dictionary) {
        byte[] dictionaryBytes() {
            return dictionary.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A decision as kept: {@code basis} the key of its {@link Basis}; input and amendments as they were answered. */
    record Kept(String basis, List<KeptFinding> findings, Instant decidedAt, LocalDate asOf, Object input,
                Object listAmendments) {
    }

    /** A kept decision read back, its input and amendments as trees. */
    record Read(String basis, List<KeptFinding> findings, Instant decidedAt, LocalDate asOf, JsonNode input,
                JsonNode listAmendments) {
    }

    /** A finding as kept: severity and citations null where they are its rule's in the basis. */
    record KeptFinding(String ruleId, Severity severity, String message, List<String> fields, List<Citation> citations) {
    }

    private record Shared(String ruleSetVersion, List<String> rulesEvaluated, List<String> parameters) {
    }

    /** A basis with its key and text, as written, and its dictionary's bytes. */
    record Keyed(String key, String content, Basis basis, byte[] dictionary) {
    }

    /**
     * A decision in its kept form: {@code body} the text the chain hashes, {@code kept} the same compressed against its
     * basis's dictionary (what the row holds), and the basis it refers to (to be stored first: {@link #storeBases}).
     */
    record Written(String body, byte[] kept, Keyed basis) {
    }

    Written write(Decision d) {
        Keyed basis = basisOf(d);
        List<KeptFinding> findings = new ArrayList<>(d.findings().size());
        for (Finding f : d.findings()) {
            RuleMeta own = basis.basis().rules().get(f.ruleId());
            boolean sameSeverity = own != null && own.severity() == f.severity();
            boolean sameCitations = own != null && own.citations().equals(f.citations());
            findings.add(new KeptFinding(f.ruleId(), sameSeverity ? null : f.severity(), f.message(), f.fields(),
                    sameCitations ? null : f.citations()));
        }
        String body = json.write(new Kept(basis.key(), findings, d.decidedAt(), d.asOf(), d.input(), d.listAmendments()));
        return new Written(body, deflate(body, basis.dictionary()), basis);
    }

    /** Stores the bases {@code written} refers to that are not stored yet (in the caller's transaction). */
    void storeBases(Collection<Written> written) {
        Map<String, String> distinct = new LinkedHashMap<>();
        written.forEach(w -> distinct.putIfAbsent(w.basis().key(), w.basis().content()));
        // another transaction may be storing the same basis: the database waits for it and then does nothing
        template.batchUpdate("insert into decision_basis (basis_key, content) values (?, ?) on conflict do nothing",
                distinct.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
    }

    private Keyed basisOf(Decision d) {
        Shared shared = new Shared(d.ruleSetVersion(), d.rulesEvaluated(), d.parameters());
        Keyed known = written.get(shared);
        if (known != null) {
            return known;
        }
        Map<String, RuleMeta> metas = new TreeMap<>();
        Map<String, RuleInfo> catalogue = new LinkedHashMap<>();
        rules.rules().forEach(r -> catalogue.put(r.id(), r));
        for (String id : d.rulesEvaluated()) {
            RuleInfo r = catalogue.get(id);
            if (r != null) {
                metas.put(id, new RuleMeta(r.severity(), r.citations()));
            }
        }
        Basis basis = new Basis(d.ruleSetVersion(), d.rulesEvaluated(), d.parameters(), metas, dictionary);
        String content = json.write(basis);
        Keyed keyed = new Keyed(key(content), content, basis, basis.dictionaryBytes());
        if (written.size() >= CACHED) {
            written.clear();
        }
        written.put(shared, keyed);
        return keyed;
    }

    /**
     * The rules' fixed wording, then the shape of a kept decision: what deflate refers back to, so that a message
     * costs little more than its values (a province's kept decisions: 747 bytes of JSON, 228 compressed). Deflate
     * looks back 32 KB; the shape, nearest, is kept whole.
     */
    private static String dictionary(List<String> wording) {
        String shape = "{\"basis\":\"\",\"findings\":[{\"ruleId\":\"\",\"message\":\"\",\"fields\":[\"\"]}],"
                + "\"decidedAt\":\"T\",\"asOf\":\"\",\"input\":{\"itemCode\":\"\",\"itemName\":\"\",\"category\":\"\","
                + "\"legalBasis\":\"《中华人民共和国\",\"fromDepartment\":\"\",\"receiver\":\"\",\"mode\":\"DEVOLVE\","
                + "\"provincialDecisionDoc\":\"\",\"published\":true,\"townshipOpinion\":\"AGREE\",\"support\":[\"STAFF\","
                + "\"FUNDING\"],\"inGuidanceCatalog\":true,\"effectiveFrom\":\"\",\"lastEvaluated\":\"\",\"reEntrust\":false}}";
        StringBuilder text = new StringBuilder();
        int budget = DICTIONARY_BYTES - shape.getBytes(StandardCharsets.UTF_8).length;
        for (int i = wording.size() - 1; i >= 0; i--) {
            int size = wording.get(i).getBytes(StandardCharsets.UTF_8).length;
            if (size > budget) {
                break;
            }
            text.insert(0, wording.get(i));
            budget -= size;
        }
        return text.append(shape).toString();
    }

    private static final int DICTIONARY_BYTES = 32 * 1024;

    static byte[] deflate(String text, byte[] dictionary) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setDictionary(dictionary);
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static String inflate(byte[] kept, byte[] dictionary) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setDictionary(dictionary);
            inflater.setInput(kept);
            ByteArrayOutputStream out = new ByteArrayOutputStream(kept.length * 4);
            byte[] buffer = new byte[2048];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("决定记录不完整，无法解压");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("决定记录已损坏，无法解压：" + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    /** A stored decision's kept text: its body as stored before V13, else its compressed form expanded. */
    String text(String body, String basisKey, byte[] kept) {
        if (body != null) {
            return body;
        }
        if (kept == null || basisKey == null) {
            throw new IllegalStateException("决定记录的内容缺失");
        }
        return inflate(kept, basis(basisKey).dictionary());
    }

    static String key(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, KEY_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The decision whole, as it was answered: a kept body with its basis, or a body stored whole before V13 as it is.
     */
    public JsonNode render(String id, String kind, String outcome, String body, String basisKey, byte[] compressed) {
        JsonNode tree;
        Read kept;
        try {
            tree = exact.readTree(text(body, basisKey, compressed));
            if (!tree.has("basis")) {
                return tree;
            }
            kept = exact.treeToValue(tree, Read.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Basis basis = basis(kept.basis()).basis();
        List<Finding> findings = new ArrayList<>(kept.findings().size());
        for (KeptFinding f : kept.findings()) {
            RuleMeta own = basis.rules().get(f.ruleId());
            findings.add(new Finding(f.ruleId(), f.severity() != null ? f.severity() : own.severity(), f.message(),
                    f.fields(), f.citations() != null ? f.citations() : own.citations()));
        }
        Decision d = new Decision(id, DecisionKind.valueOf(kind), Outcome.valueOf(outcome), findings,
                basis.rulesEvaluated(), basis.ruleSetVersion(), kept.decidedAt(), kept.asOf(), basis.parameters(),
                null, null);
        // the input set as read, after the rest (where a decision writes it): a tree of the mapper's would turn 10.50 into 10.5
        ObjectNode whole = (ObjectNode) json.toTree(d);
        if (kept.input() != null) {
            whole.set("input", kept.input());
        }
        if (kept.listAmendments() != null) {
            whole.set("listAmendments", kept.listAmendments());
        }
        return whole;
    }

    private Keyed basis(String key) {
        Keyed known = read.get(key);
        if (known != null) {
            return known;
        }
        String content = jdbc.sql("select content from decision_basis where basis_key = ?").param(key)
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("决定所依据的记录 " + key + " 不在数据库中：记录被删除"));
        Basis basis = json.read(content, Basis.class);
        Keyed keyed = new Keyed(key, content, basis, basis.dictionaryBytes());
        if (read.size() >= CACHED) {
            read.clear();
        }
        read.put(key, keyed);
        return keyed;
    }

    /** The first stored basis whose text no longer matches its key, or null when all do. */
    String alteredBasis() {
        List<String> altered = new ArrayList<>(1);
        template.query("select basis_key, content from decision_basis order by basis_key", rs -> {
            if (altered.isEmpty() && !key(rs.getString(2)).equals(rs.getString(1))) {
                altered.add(rs.getString(1));
            }
        });
        return altered.isEmpty() ? null : altered.get(0);
    }
}
