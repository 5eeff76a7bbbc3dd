package quanze.api.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Accounts live in the database, passwords hashed (bcrypt through Spring's delegating encoder). */
@Service
public class Accounts implements UserDetailsService {
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;

    Accounts(JdbcClient jdbc, PasswordEncoder encoder, LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        QuanzeUser user = find(username).orElseThrow(() -> new UsernameNotFoundException("账号不存在"));
        return throttle.locked(username)
                ? new QuanzeUser(user.username(), user.passwordHash(), user.role(), user.townshipCode(), true) : user;
    }

    public Optional<QuanzeUser> find(String username) {
        return jdbc.sql("select username, password_hash, role, township_code from account where username = ?")
                .param(username)
                .query((rs, i) -> new QuanzeUser(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getString(4)))
                .optional();
    }

    /** Creates or updates an account in one statement (no check-then-insert for two instances to race on). */
    public void save(String username, String rawPassword, Role role, String townshipCode) {
        String hash = encoder.encode(rawPassword);
        Retry.onDuplicate(() -> jdbc.sql("merge into account a using (select cast(? as varchar(100)) as username,"
                        + " cast(? as varchar(100)) as password_hash, cast(? as varchar(20)) as role,"
                        + " cast(? as varchar(20)) as township_code) v on a.username = v.username"
                        + " when matched then update set password_hash = v.password_hash, role = v.role,"
                        + " township_code = v.township_code"
                        + " when not matched then insert (username, password_hash, role, township_code)"
                        + " values (v.username, v.password_hash, v.role, v.township_code)")
                .params(username, hash, role.name(), townshipCode).update());
    }

    public int count() {
        return jdbc.sql("select count(*) from account").query(Integer.class).single();
    }
}
