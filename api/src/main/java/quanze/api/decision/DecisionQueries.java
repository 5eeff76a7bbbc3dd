package quanze.api.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import quanze.api.JsonText;

/** Reads the decision log: its verification, one decision, a search, an import's decisions by row, the inputs on record. */
@Repository
public class DecisionQueries {
    private final JdbcClient jdbc;
    private final JsonText json;
    private final StoredForm form;
    private final ChainLinks chain;

    DecisionQueries(JdbcClient jdbc, JsonText json, StoredForm form, ChainLinks chain) {
        this.jdbc = jdbc;
        this.json = json;
        this.form = form;
        this.chain = chain;
    }

    /** The columns a decision is rendered from (StoredForm#render), after the ones a query reads first. */
    private static final String WHOLE = "d.id, d.kind, d.outcome, d.body, d.basis_key, d.kept";

    private JsonNode whole(java.sql.ResultSet rs, int from) throws java.sql.SQLException {
        return form.render(rs.getString(from), rs.getString(from + 1), rs.getString(from + 2), rs.getString(from + 3),
                rs.getString(from + 4), rs.getBytes(from + 5));
    }

    /** What the log holds for a decision, as text: its body as stored before V13, else its kept form expanded. */
    public Optional<String> keptText(String id) {
        return jdbc.sql("select body, basis_key, kept from decision where id = ?").param(id)
                .query((rs, i) -> form.text(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /**
     * Walks the whole log in order and names the first decision whose link does not hold; then the bases the
     * decisions refer to (StoredForm), each of which must still match its key.
     */
    public DecisionChain.Verification verify() {
        DecisionChain.Verification links = chain.verify();
        if (!links.intact()) {
            return links;
        }
        String altered = form.alteredBasis();
        return altered == null ? links : new DecisionChain.Verification(false, links.checked(), null, altered,
                DecisionChain.BASIS_ALTERED);
    }

    public record Stored(String id, String townshipCode, JsonNode body) {
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
        if (!byRule && byOutcome) {
            return ofImport(importId, outcome, (long) page * size, size);
        }
        boolean indexed = indexed(importId);
        if (indexed && byRule && !byOutcome) {
            return jdbc.sql("select d.row_number, d.township_code, d.subject, " + WHOLE + " from decision_finding f"
                            + " join decision d on d.id = f.decision_id where f.import_id = ? and f.rule_id = ?"
                            + " order by f.ordinal limit ? offset ?")
                    .params(importId, ruleId, size, (long) page * size).query(this::rowDecision).list();
        }
        if (indexed && !byRule && !byOutcome) {
            return jdbc.sql("select d.row_number, d.township_code, d.subject, " + WHOLE + " from decision d"
                            + " where d.import_id = ? and d.ordinal >= ? and d.ordinal < ? order by d.ordinal")
                    .params(importId, (long) page * size, (long) (page + 1) * size).query(this::rowDecision).list();
        }
        StringBuilder sql = new StringBuilder("select d.row_number, d.township_code, d.subject, " + WHOLE
                + " from decision d where d.import_id = ?");
        List<Object> params = new ArrayList<>(List.of(importId));
        filterOfImport(sql, params, ruleId, outcome);
        sql.append(" order by d.seq limit ? offset ?");
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql(sql.toString()).params(params).query(this::rowDecision).list();
    }

    /** {@code limit} of an import's decisions with one outcome, from the {@code offset}-th, in row order. */
    public List<RowDecision> ofImport(String importId, String outcome, long offset, int limit) {
        return jdbc.sql("select d.row_number, d.township_code, d.subject, " + WHOLE
                        + " from decision d where d.import_id = ? and d.outcome = ?"
                        + (indexed(importId) ? " order by d.ordinal" : " order by d.seq") + " limit ? offset ?")
                .params(importId, outcome, limit, offset).query(this::rowDecision).list();
    }

    /** Imports stored with their places (V8) page through an index; older ones through the decisions themselves. */
    private boolean indexed(String importId) {
        return jdbc.sql("select count(*) from decision where import_id = ? and ordinal = 0").param(importId)
                .query(Integer.class).single() > 0;
    }

    private RowDecision rowDecision(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new RowDecision((Integer) rs.getObject(1), rs.getString(2), rs.getString(3), whole(rs, 4));
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

    public Optional<Stored> find(String id) {
        return jdbc.sql("select d.township_code, " + WHOLE + " from decision d where d.id = ?").param(id)
                .query((rs, i) -> new Stored(rs.getString(2), rs.getString(1), whole(rs, 2))).optional();
    }

    public List<JsonNode> search(String kind, String outcome, String township, LocalDate from, LocalDate to,
                                 String onlyTownship, int page, int size) {
        StringBuilder sql = new StringBuilder("select " + WHOLE + " from decision d where 1=1");
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
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> whole(rs, 1)).list();
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
        return jdbc.sql("select d.body, d.basis_key, d.kept from decision d join catalog_import i on i.id = d.import_id"
                        + " where i.kind = ? and i.is_current and d.township_code = ?")
                .params(kind, townshipCode).query((rs, i) -> form.text(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list().stream()
                .map(body -> json.tree(body).path("input"))
                .map(input -> json.convert(input, type))
                .toList();
    }
}
