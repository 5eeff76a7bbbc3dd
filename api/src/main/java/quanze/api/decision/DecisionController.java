package quanze.api.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import quanze.api.problem.ApiException;
import quanze.api.security.QuanzeUser;
import quanze.api.security.Role;

@RestController
@RequestMapping("/api/v1/decisions")
class DecisionController {
    private final DecisionQueries decisions;

    DecisionController(DecisionQueries decisions) {
        this.decisions = decisions;
    }

    /** Checks the hash chain of the whole log and names the first broken link (ADMIN, JUSTICE). */
    @GetMapping("/verify")
    DecisionChain.Verification verify() {
        return decisions.verify();
    }

    /** A stored decision, as it was made. A township account reads only its own township's. */
    @GetMapping("/{id}")
    JsonNode one(@PathVariable String id, @AuthenticationPrincipal QuanzeUser user) {
        DecisionQueries.Stored stored = decisions.find(id)
                .orElseThrow(() -> ApiException.notFound("没有编号为“" + id + "”的决定"));
        if (!user.mayRead(stored.townshipCode())) {
            throw ApiException.forbidden("乡镇账号只能查看本乡镇的决定");
        }
        return stored.body();
    }

    @GetMapping
    List<JsonNode> search(@RequestParam(required = false) String kind, @RequestParam(required = false) String outcome,
                          @RequestParam(required = false) String township,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                          @AuthenticationPrincipal QuanzeUser user) {
        String only = user.role() == Role.TOWNSHIP ? user.townshipCode() : null;
        return decisions.search(kind, outcome, township, from, to, only, Math.max(page, 0), Math.min(Math.max(size, 1), 500));
    }
}
