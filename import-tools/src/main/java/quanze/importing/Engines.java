package quanze.importing;

import java.time.Clock;
import quanze.engine.RuleBase;
import quanze.engine.admission.AdmissionEngine;
import quanze.engine.burden.BurdenEngine;
import quanze.engine.delegation.DelegationEngine;
import quanze.engine.org.OrgEngine;
import quanze.engine.responsibility.ResponsibilityEngine;

/** The engines that decide a catalog's rows, all on one rule base. */
public record Engines(RuleBase rules, DelegationEngine delegation, AdmissionEngine admission,
                      ResponsibilityEngine responsibility, BurdenEngine burden, OrgEngine org) {

    public static Engines of(RuleBase rules, Clock clock) {
        return new Engines(rules, new DelegationEngine(rules, clock), new AdmissionEngine(rules, clock),
                new ResponsibilityEngine(rules, clock), new BurdenEngine(rules, clock), new OrgEngine(rules, clock));
    }
}
