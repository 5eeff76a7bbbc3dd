package quanze.api.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account; a TOWNSHIP account is bound to one township. */
public record QuanzeUser(String username, String passwordHash, Role role, String townshipCode, boolean locked)
        implements UserDetails {

    public QuanzeUser(String username, String passwordHash, Role role, String townshipCode) {
        this(username, passwordHash, role, townshipCode, false);
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** A township account may only see what concerns its own township. */
    public boolean mayRead(String decisionTownship) {
        return role != Role.TOWNSHIP || (townshipCode != null && townshipCode.equals(decisionTownship));
    }
}
