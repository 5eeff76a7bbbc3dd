package quanze.api.duty;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import quanze.duty.DutyList;
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
        for (List<String> chunk : quanze.api.delegation.DelegationItemRepository.chunks(townshipCodes)) {
            items.addAll(jdbc.sql("select " + COLUMNS + " from duty_item d join catalog_import i on i.id = d.import_id"
                    + " where i.is_current and d.township_code in (:codes)").param("codes", chunk)
                    .query((rs, n) -> map(rs)).list());
        }
        return new DutyLists(items);
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
