package quanze.api.admin;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import quanze.engine.RuleBase;
import quanze.engine.Parameters;
import quanze.importing.ParameterSheet;

/**
 * The parameter table in force is a row in the database, not a value in one instance's memory: an ADMIN's upload is
 * stored, and before each API request an instance whose table is older than the newest row takes it up (one indexed
 * query), so every instance decides with the same table and a restart keeps it.
 */
@Component
public class ParameterTable {
    private final JdbcClient jdbc;
    private final RuleBase rules;
    private final Clock clock;
    /** The row this instance's rule base holds; 0 for the table in the jar. */
    private volatile long loaded;

    ParameterTable(JdbcClient jdbc, RuleBase rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Puts a new table in force for every instance.
     *
     * @throws quanze.engine.InvalidParametersException with every problem; nothing is stored and the table in force stays
     */
    @Transactional
    public RuleBase.Snapshot put(byte[] content, String fileName, String user) {
        Parameters parameters = ParameterSheet.read(content, fileName);
        jdbc.sql("insert into parameter_table (content, uploaded_by, uploaded_at) values (?, ?, ?)")
                .params(content, user, Timestamp.from(clock.instant())).update();
        long seq = jdbc.sql("select max(seq) from parameter_table").query(Long.class).single();
        synchronized (this) {
            RuleBase.Snapshot s = rules.replaceParameters(content, parameters);
            loaded = seq;
            return s;
        }
    }

    /** Brings this instance to the table last put in force by any instance. */
    public void refresh() {
        long newest = jdbc.sql("select coalesce(max(seq), 0) from parameter_table").query(Long.class).single();
        if (newest == loaded || newest == 0) {
            return;
        }
        synchronized (this) {
            if (newest > loaded) {
                byte[] content = jdbc.sql("select content from parameter_table where seq = ?").param(newest)
                        .query(byte[].class).single();
                rules.replaceParameters(content, ParameterSheet.read(content, null));
                loaded = newest;
            }
        }
    }
}
