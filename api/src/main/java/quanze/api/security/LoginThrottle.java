package quanze.api.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Repeated failed sign-ins lock an account for a while: after {@value #MAX_FAILURES} wrong passwords in a
 * row it is refused for {@link #LOCK}, whatever password is sent. The count lives in the database (V11
 * login_failure), so every instance sees the same count and a restart forgets nothing.
 */
@Component
public class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final Clock clock;
    private final JdbcClient jdbc;

    LoginThrottle(Clock clock, JdbcClient jdbc) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public boolean locked(String username) {
        return jdbc.sql("select count(*) from login_failure where username = ? and locked_until > ?")
                .params(username, Timestamp.from(clock.instant())).query(Integer.class).single() > 0;
    }

    /**
     * One statement counts the failure: a lock that has run out starts the count again, the fifth failure locks.
     * Names with no account are not counted (they would only fill the table).
     */
    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp until = Timestamp.from(clock.instant().plus(LOCK));
        String next = "case when f.locked_until is not null and f.locked_until <= ? then 1 else f.failures + 1 end";
        Retry.onDuplicate(() -> jdbc.sql("merge into login_failure f using (select username from account where username = ?) a"
                        + " on f.username = a.username"
                        + " when matched then update set locked_until = case when " + next + " >= ? then cast(? as timestamp with time zone) else null end,"
                        + " failures = " + next
                        + " when not matched then insert (username, failures, locked_until) values (a.username, 1, null)")
                .params(event.getAuthentication().getName(), now, MAX_FAILURES, until, now)
                .update());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from login_failure where username = ?").param(event.getAuthentication().getName()).update();
    }
}
