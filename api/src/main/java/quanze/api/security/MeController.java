package quanze.api.security;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import quanze.api.township.TownshipRepository;
import quanze.township.Township;

/** Who is signed in and what the role may do: the web page checks a password with it and shows the role's pages. */
@RestController
class MeController {
    private final TownshipRepository townships;

    MeController(TownshipRepository townships) {
        this.townships = townships;
    }

    record Me(String username, Role role, String roleLabel, String townshipCode, String townshipName, List<String> may) {
    }

    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal QuanzeUser user) {
        String name = user.townshipCode() == null ? null
                : townships.find(user.townshipCode()).map(Township::name).orElse(user.townshipCode());
        return new Me(user.username(), user.role(), label(user.role()), user.townshipCode(), name, may(user.role()));
    }

    static String label(Role role) {
        return switch (role) {
            case EDITORIAL -> "县委编办";
            case JUSTICE -> "司法局";
            case TOWNSHIP -> "乡镇（街道）";
            case ADMIN -> "系统管理员";
        };
    }

    /** The role matrix of SecurityConfig, as the page's menu: import/decide, register requests, give opinions, verify, administer. */
    static List<String> may(Role role) {
        return switch (role) {
            case EDITORIAL -> List.of("import", "decide", "register-admission", "search-decisions", "rules");
            case JUSTICE -> List.of("import", "decide", "search-decisions", "verify", "rules");
            case TOWNSHIP -> List.of("own-authorities", "own-responsibilities", "own-admissions", "opinion", "rules");
            case ADMIN -> List.of("search-decisions", "verify", "parameters", "accounts", "rules");
        };
    }
}
