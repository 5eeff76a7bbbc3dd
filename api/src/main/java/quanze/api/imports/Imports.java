package quanze.api.imports;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import quanze.api.JsonText;

/** The imports as stored: their summaries, the tally of their findings and their annotated reports. */
@Repository
public class Imports {
    private static final String SUMMARY = "select id, kind, county, version, is_current, file_name, uploaded_by, created_at,"
            + " rows_read, outcomes, rule_set_version from catalog_import";

    private final JdbcClient jdbc;
    private final JsonText json;

    Imports(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<ImportSummary> find(String id) {
        return jdbc.sql(SUMMARY + " where id = ?").param(id).query(this::summary).optional();
    }

    private ImportSummary summary(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new ImportSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getInt(9),
                json.read(rs.getString(10), new TypeReference<LinkedHashMap<String, Integer>>() { }), rs.getString(11));
    }

    /** The tally of an import's findings; empty for imports that make no decisions (duty lists). */
    public FindingTally.Result tally(String id) {
        String stored = jdbc.sql("select findings from catalog_import where id = ?").param(id).query(String.class)
                .optional().orElse(null);
        return stored == null ? new FindingTally.Result(List.of(), List.of(), 0, Map.of()) : json.read(stored, FindingTally.Result.class);
    }

    /** The latest imports, newest first. */
    public List<ImportSummary> latest(int limit) {
        return jdbc.sql(SUMMARY + " order by created_at desc limit ?").param(limit).query(this::summary).list();
    }

    public Optional<byte[]> report(String id) {
        return jdbc.sql("select report from catalog_file where import_id = ? and report is not null").param(id)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    public boolean hasCurrent(String kind, String county) {
        return jdbc.sql("select count(*) from catalog_import where kind = ? and county = ? and is_current")
                .params(kind, county).query(Integer.class).single() > 0;
    }
}
