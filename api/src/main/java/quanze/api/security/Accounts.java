package quanze.api.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    @Transactional
    public void save(String username, String rawPassword, Role role, String townshipCode) {
        String hash = encoder.encode(rawPassword);
        int updated = jdbc.sql("update account set password_hash = ?, role = ?, township_code = ? where username = ?")
                .params(hash, role.name(), townshipCode, username).update();
        if (updated == 0) {
            jdbc.sql("insert into account (username, password_hash, role, township_code) values (?, ?, ?, ?)")
                    .params(username, hash, role.name(), townshipCode).update();
        }
    }

    public int count() {
        return jdbc.sql("select count(*) from account").query(Integer.class).single();
    }
}
