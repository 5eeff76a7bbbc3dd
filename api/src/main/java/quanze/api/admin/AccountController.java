package quanze.api.admin;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import quanze.api.problem.ApiException;
import quanze.api.problem.Problem;
import quanze.api.security.Accounts;
import quanze.api.security.Role;
import quanze.api.township.TownshipRepository;

/** ADMIN creates or updates an account: outside the demo profile this is how offices get theirs. */
@RestController
class AccountController {
    private final Accounts accounts;
    private final TownshipRepository townships;

    AccountController(Accounts accounts, TownshipRepository townships) {
        this.accounts = accounts;
        this.townships = townships;
    }

    record AccountBody(String password, Role role, String townshipCode) {
    }

    record AccountView(String username, Role role, String townshipCode) {
    }

    @PutMapping("/api/v1/admin/accounts/{username}")
    AccountView put(@PathVariable String username, @RequestBody AccountBody body) {
        List<Problem> problems = new ArrayList<>();
        if (body == null || body.password() == null || body.password().length() < 8) {
            problems.add(Problem.field("password", "密码至少8位"));
        }
        if (body == null || body.role() == null) {
            problems.add(Problem.field("role", "必填：EDITORIAL、JUSTICE、TOWNSHIP 或 ADMIN"));
        } else if (body.role() == Role.TOWNSHIP && (body.townshipCode() == null
                || townships.find(body.townshipCode()).isEmpty())) {
            problems.add(Problem.field("townshipCode", "乡镇账号须指明乡镇名册中的乡镇代码"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        String township = body.role() == Role.TOWNSHIP ? body.townshipCode() : null;
        accounts.save(username, body.password(), body.role(), township);
        return new AccountView(username, body.role(), township);
    }
}
