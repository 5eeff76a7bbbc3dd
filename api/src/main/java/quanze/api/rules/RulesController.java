package quanze.api.rules;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import quanze.engine.RuleBase;
import quanze.engine.RuleInfo;

@RestController
@RequestMapping("/api/v1/rules")
class RulesController {
    private final RuleBase ruleBase;

    RulesController(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    /** The rule catalogue as the running rule base declares it. */
    @GetMapping
    List<RuleInfo> rules() {
        return ruleBase.rules();
    }
}
