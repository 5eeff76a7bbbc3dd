package quanze.api.duty;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import quanze.duty.DutyList;
import quanze.duty.ListAmendment;
import quanze.duty.ListItem;
import quanze.engine.duty.DutyLists;

/** The duty lists of the current imports. */
@Repository
public class DutyRepository {
    private static final String COLUMNS = "d.township_code, d.list, d.item_no, d.name, d.domain, d.lead_department,"
            + " d.township_duties, d.department_duties, d.legal_basis";
    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    DutyRepository(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    public void saveAll(String importId, List<ListItem> items) {
        List<Object[]> rows = new ArrayList<>();
        for (ListItem i : items) {
            rows.add(new Object[] {importId, i.township(), i.list().name(), i.itemNo(), i.name(), i.domain(),
                    i.leadDepartment(), i.townshipDuties(), i.departmentDuties(), i.legalBasis()});
        }
        template.batchUpdate("insert into duty_item (import_id, township_code, list, item_no, name, domain, lead_department,"
                + " township_duties, department_duties, legal_basis) values (?,?,?,?,?,?,?,?,?,?)", rows);
    }

    /** The given townships' lists as they now stand (the DUTY rules read these); only their rows are read. */
    public DutyLists current(java.util.Collection<String> townshipCodes) {
        List<ListItem> items = new ArrayList<>();
        for (List<String> chunk : quanze.api.InLists.chunks(townshipCodes)) {
            items.addAll(jdbc.sql("select " + COLUMNS + " from duty_item d join catalog_import i on i.id = d.import_id"
                    + " where i.is_current and d.township_code in (:codes)").param("codes", chunk)
                    .query((rs, n) -> map(rs)).list());
        }
        return new DutyLists(items, amendments(townshipCodes, items));
    }

    /**
     * Records the list amendments an admitted request requires (DUTY-06); a request decided again (an opinion
     * arrives) records them again under its new decision, and only the latest decision of a request counts.
     */
    public void recordAmendments(quanze.decision.Decision decision, String requestId) {
        if (decision.listAmendments() == null) {
            return;
        }
        java.sql.Timestamp now = java.sql.Timestamp.from(decision.decidedAt());
        for (ListAmendment a : decision.listAmendments()) {
            if (requestId != null) {
                jdbc.sql("delete from list_amendment where request_id = ? and township_code = ?")
                        .params(requestId, a.township()).update();
            }
            jdbc.sql("insert into list_amendment (decision_id, township_code, list, item_name, township_duties, legal_basis,"
                            + " reason, request_id, recorded_at) values (?,?,?,?,?,?,?,?,?)")
                    .params(decision.id(), a.township(), a.list().name(), a.itemName(), a.townshipDuties(), a.legalBasis(),
                            a.reason(), requestId, now)
                    .update();
        }
    }

    /** A township's list amendments, PENDING until its current lists contain the item, then DONE. */
    public List<ListAmendment> amendmentsOf(String townshipCode) {
        List<ListItem> listed = of(townshipCode, null, null);
        return amendments(List.of(townshipCode), listed);
    }

    private List<ListAmendment> amendments(java.util.Collection<String> townshipCodes, List<ListItem> listed) {
        java.util.Set<String> onLists = new java.util.HashSet<>();
        listed.forEach(i -> onLists.add(i.township() + "\u0000" + quanze.engine.duty.PhraseMatcher.normalise(i.name())));
        List<ListAmendment> out = new ArrayList<>();
        for (List<String> chunk : quanze.api.InLists.chunks(townshipCodes)) {
            out.addAll(jdbc.sql("select a.township_code, t.name, a.list, a.item_name, a.township_duties, a.legal_basis,"
                            + " a.reason from list_amendment a left join township t on t.code = a.township_code"
                            + " where a.township_code in (:codes) order by a.recorded_at")
                    .param("codes", chunk)
                    .query((rs, n) -> {
                        String code = rs.getString(1);
                        boolean done = onLists.contains(code + "\u0000" + quanze.engine.duty.PhraseMatcher.normalise(rs.getString(4)));
                        return new ListAmendment(code, rs.getString(2), DutyList.valueOf(rs.getString(3)), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7),
                                done ? ListAmendment.Status.DONE : ListAmendment.Status.PENDING);
                    }).list());
        }
        return out;
    }

    public List<ListItem> of(String townshipCode, DutyList list, String q) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from duty_item d join catalog_import i"
                + " on i.id = d.import_id where i.is_current and d.township_code = ?");
        List<Object> params = new ArrayList<>(List.of(townshipCode));
        if (list != null) {
            sql.append(" and d.list = ?");
            params.add(list.name());
        }
        if (q != null && !q.isBlank()) {
            sql.append(" and d.name like ?");
            params.add("%" + q.strip() + "%");
        }
        sql.append(" order by d.list, d.item_no");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs)).list();
    }

    private static ListItem map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ListItem(rs.getString(1), DutyList.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }
}
