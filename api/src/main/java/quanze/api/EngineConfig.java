package quanze.api;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import quanze.engine.RuleBase;
import quanze.engine.Sources;
import quanze.engine.admission.AdmissionEngine;
import quanze.engine.burden.BurdenEngine;
import quanze.engine.delegation.DelegationEngine;
import quanze.engine.org.OrgEngine;
import quanze.engine.responsibility.ResponsibilityEngine;
import quanze.engine.json.LabeledModule;

/** The rule base is built once, at start-up (beside Spring's own, RuleBaseBuild); a rule that does not compile stops the service. */
@Configuration(proxyBeanMethods = false)
class EngineConfig {

    @Bean
    RuleBase ruleBase() {
        return RuleBaseBuild.take();
    }

    @Bean
    Sources sources() {
        return Sources.load();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DelegationEngine delegationEngine(RuleBase ruleBase, Clock clock) {
        return new DelegationEngine(ruleBase, clock);
    }

    @Bean
    AdmissionEngine admissionEngine(RuleBase ruleBase, Clock clock) {
        return new AdmissionEngine(ruleBase, clock);
    }

    @Bean
    BurdenEngine burdenEngine(RuleBase ruleBase, Clock clock) {
        return new BurdenEngine(ruleBase, clock);
    }

    @Bean
    ResponsibilityEngine responsibilityEngine(RuleBase ruleBase, Clock clock) {
        return new ResponsibilityEngine(ruleBase, clock);
    }

    @Bean
    OrgEngine orgEngine(RuleBase ruleBase, Clock clock) {
        return new OrgEngine(ruleBase, clock);
    }

    /** The engines an imported list's rows are decided by (quanze.importing.Pipeline). */
    @Bean
    quanze.importing.Engines engines(RuleBase ruleBase, DelegationEngine delegation, AdmissionEngine admission,
                                     ResponsibilityEngine responsibility, BurdenEngine burden, OrgEngine org) {
        return new quanze.importing.Engines(ruleBase, delegation, admission, responsibility, burden, org);
    }

    /** Codes or Chinese labels on input (api.md); Spring Boot registers every Module bean. */
    @Bean
    LabeledModule labeledModule() {
        return new LabeledModule();
    }

    /** Dates of a body outside 1949–2100, and strings holding a NUL, are a 400 naming the field (api.md). */
    @Bean
    org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer dateRange() {
        // through the builder, not as a Module bean: the builder's own deserializers are registered after the
        // well-known modules (JavaTimeModule), so this one wins
        return b -> b.deserializerByType(java.time.LocalDate.class, BodyDates.deserializer())
                .deserializerByType(String.class, BodyText.deserializer());
    }

    /** A JSON string in a request may be as long as a catalog cell (CatalogReader.MAX_CELL), which the database keeps. */
    @Bean
    org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer longestString() {
        return b -> b.postConfigurer(m -> m.getFactory().setStreamReadConstraints(
                com.fasterxml.jackson.core.StreamReadConstraints.builder().maxStringLength(quanze.importing.CatalogReader.MAX_CELL).build()));
    }
}
