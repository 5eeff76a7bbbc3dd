package quanze.api.township;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import quanze.engine.Registry;
import quanze.township.Township;
import quanze.township.TownshipKind;

/** The township registry in force. */
@Repository
public class TownshipRepository {
    private static final String COLUMNS = "code, name, kind, county, profile, township_class, population, county_seat, "
            + "key_town, enforcement_team, certified_officers, staff_on_books, party_gov_bodies, public_institutions, "
            + "provincial_approval_doc";
    private final JdbcClient jdbc;

    TownshipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Township> all() {
        return jdbc.sql("select " + COLUMNS + " from township order by county, code").query(TownshipRepository::map).list();
    }

    public Optional<Township> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from township where code = ?").param(code)
                .query(TownshipRepository::map).optional();
    }

    public Registry registry() {
        return new Registry(all());
    }

    /** The registry of one county, empty when the registry has no such county. */
    public Optional<Registry> county(String county) {
        List<Township> own = registry().ofCounty(county);
        return own.isEmpty() ? Optional.empty() : Optional.of(new Registry(own));
    }

    /** formats.md: a registry import updates townships by code and drops the county's others. */
    public void replaceCounty(String county, List<Township> townships, String importId) {
        List<String> codes = townships.stream().map(Township::code).toList();
        List<String> gone = jdbc.sql("select code from township where county = ?").param(county)
                .query(String.class).list().stream().filter(c -> !codes.contains(c)).toList();
        for (String code : gone) {
            jdbc.sql("delete from township where code = ?").param(code).update();
        }
        for (Township t : townships) {
            jdbc.sql("delete from township where code = ?").param(t.code()).update();
            jdbc.sql("insert into township (" + COLUMNS + ", import_id) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                    .params(t.code(), t.name(), t.kind().name(), t.county(), t.profile(), t.townshipClass(),
                            t.population(), t.countySeat(), t.keyTown(), t.enforcementTeam(), t.certifiedOfficers(),
                            t.staffOnBooks(), t.partyGovBodies(), t.publicInstitutions(), t.provincialApprovalDoc(), importId)
                    .update();
        }
    }

    private static Township map(ResultSet rs, int i) throws SQLException {
        return new Township(rs.getString(1), rs.getString(2), TownshipKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), (Boolean) rs.getObject(8),
                (Boolean) rs.getObject(9), rs.getBoolean(10), rs.getInt(11), (Integer) rs.getObject(12),
                (Integer) rs.getObject(13), (Integer) rs.getObject(14), rs.getString(15));
    }
}
