package quanze.api.delegation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import quanze.decision.Decision;
import quanze.delegation.Delegation;
import quanze.engine.PowerHoldings;

/** The expanded rows of the current 赋权事项清单 imports, one per receiver, with their outcome. */
@Repository
public class DelegationItemRepository {
    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    DelegationItemRepository(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    public record Item(int rowNumber, String receiverName, String townshipCode, Delegation delegation, Decision decision) {
    }

    public void saveAll(String importId, List<Item> items) {
        List<Object[]> rows = new ArrayList<>(items.size());
        for (Item i : items) {
            Delegation d = i.delegation();
            rows.add(new Object[] {importId, i.rowNumber(), i.receiverName(), i.townshipCode(), d.itemCode(), d.itemName(),
                    d.subItem(), d.category().name(), d.mode().name(), d.legalBasis(), d.fromDepartment(),
                    d.provincialDecisionDoc(), d.effectiveFrom() == null ? null : Date.valueOf(d.effectiveFrom()),
                    i.decision().outcome().name(), String.join(",", i.decision().ruleIds()), i.decision().id()});
        }
        template.batchUpdate("insert into delegation_item (import_id, row_number, receiver_name, township_code, item_code, "
                + "item_name, sub_item, category, mode, legal_basis, from_department, provincial_decision_doc, effective_from, "
                + "outcome, rule_ids, decision_id) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    /**
     * What the given townships lawfully hold under the current delegation lists (ADM-03, TER): every item
     * handed to them that was not denied. Only their rows are read: a decision never loads the province.
     */
    public PowerHoldings holdings(java.util.Collection<String> townshipCodes) {
        List<PowerHoldings.Entry> entries = new ArrayList<>();
        for (List<String> chunk : quanze.api.InLists.chunks(townshipCodes)) {
            entries.addAll(jdbc.sql("select d.township_code, d.item_code, d.item_name, d.from_department, d.outcome"
                            + " from delegation_item d join catalog_import i on i.id = d.import_id"
                            + " where i.is_current and d.township_code in (:codes)")
                    .param("codes", chunk)
                    .query((rs, i) -> new PowerHoldings.Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), !"DENY".equals(rs.getString(5)))).list());
        }
        return new PowerHoldings(entries);
    }

    /** api.md authority list item. */
    public record Authority(String itemCode, String itemName, String subItem, String category, String mode,
                            String legalBasis, String fromDepartment, String provincialDecisionDoc,
                            LocalDate effectiveFrom, String outcome, List<String> ruleIds, String decisionId) {
    }

    public record Page(List<Authority> items, int page, int size, long total) {
    }

    private record Counted(Authority authority, long total) {
    }

    /** The township's items in the current delegation list of its county, in force on {@code asOf}. */
    public Page authorities(String townshipCode, String category, String q, LocalDate asOf, int page, int size) {
        StringBuilder where = new StringBuilder(" from delegation_item d join catalog_import i on i.id = d.import_id"
                + " where i.is_current and i.kind = 'delegations' and d.township_code = :code"
                + " and (d.effective_from is null or d.effective_from <= :asOf)");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("code", townshipCode, "asOf", Date.valueOf(asOf)));
        if (category != null) {
            where.append(" and d.category = :category");
            params.put("category", category);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and d.item_name like :q");
            params.put("q", "%" + q.strip() + "%");
        }
        params.put("limit", size);
        params.put("offset", (long) page * size);
        // the page and the count in one pass over the township's rows (each read once, not once per statement)
        List<Counted> rows = jdbc.sql("select d.item_code, d.item_name, d.sub_item, d.category, d.mode, d.legal_basis,"
                        + " d.from_department, d.provincial_decision_doc, d.effective_from, d.outcome, d.rule_ids, d.decision_id,"
                        + " count(*) over ()" + where + " order by d.item_code limit :limit offset :offset")
                .params(params)
                .query((rs, i) -> new Counted(new Authority(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate(), rs.getString(10),
                        rs.getString(11).isEmpty() ? List.of() : List.of(rs.getString(11).split(",")), rs.getString(12)),
                        rs.getLong(13)))
                .list();
        long total = !rows.isEmpty() ? rows.get(0).total()
                : page == 0 ? 0
                // a page past the end has no row to carry the count
                : jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        return new Page(rows.stream().map(Counted::authority).toList(), page, size, total);
    }
}
