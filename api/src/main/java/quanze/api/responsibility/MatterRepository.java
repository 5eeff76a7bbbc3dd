package quanze.api.responsibility;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import quanze.api.JsonText;
import quanze.responsibility.Matter;

/** The matters of the current responsibility lists, by county. */
@Repository
public class MatterRepository {
    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final JsonText json;

    MatterRepository(JdbcTemplate template, JdbcClient jdbc, JsonText json) {
        this.template = template;
        this.jdbc = jdbc;
        this.json = json;
    }

    public void saveAll(String importId, List<Integer> rowNumbers, List<Matter> matters) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < matters.size(); i++) {
            Matter m = matters.get(i);
            rows.add(new Object[] {importId, rowNumbers.get(i), m.matterCode(), m.domain(), json.write(m)});
        }
        template.batchUpdate("insert into responsibility_matter (import_id, row_number, matter_code, domain, body)"
                + " values (?,?,?,?,?)", rows);
    }

    /** The matters of the county's current list, in list order. */
    public List<Matter> current(String county) {
        return jdbc.sql("select m.body from responsibility_matter m join catalog_import i on i.id = m.import_id"
                        + " where i.is_current and i.kind = 'responsibilities' and i.county = ? order by m.row_number")
                .param(county).query(String.class).list().stream().map(b -> json.read(b, Matter.class)).toList();
    }

    /** The current list's import id and file, for its annotated report. */
    public java.util.Optional<String> currentImport(String county) {
        return jdbc.sql("select id from catalog_import where is_current and kind = 'responsibilities' and county = ?")
                .param(county).query(String.class).optional();
    }


}
