package quanze.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import quanze.decision.Decision;
import quanze.decision.Finding;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.admission.AdmissionEngine;
import quanze.engine.burden.BurdenEngine;
import quanze.engine.delegation.DelegationEngine;

/** The demo county is realistic: most rows pass, and every rule fires somewhere in it. */
class DemoCatalogsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static RuleBase rules;
    static Vetting.Result delegations;
    static Vetting.Result admissions;
    static Vetting.Result burdens;

    @BeforeAll
    static void vetTheDemoCounty() throws Exception {
        rules = RuleBase.load();
        Clock clock = Clock.systemUTC();
        Registry registry = Fixtures.demoRegistry();
        DelegationCatalog.Rows rows = DelegationCatalog.read(Fixtures.DEMO_DELEGATIONS, "d.csv", registry);
        delegations = Vetting.delegations(rows, registry, new DelegationEngine(rules, clock), AS_OF);
        admissions = Vetting.admissions(AdmissionCatalog.read(Fixtures.DEMO_ADMISSIONS, "a.csv", registry), registry,
                Vetting.holdings(rows.rows(), delegations), new AdmissionEngine(rules, clock), AS_OF);
        burdens = Vetting.burdens(BurdenCatalog.read(Fixtures.DEMO_BURDENS, "b.csv"), registry, "通渭县",
                new BurdenEngine(rules, clock), AS_OF);
    }

    static Set<String> fired(Vetting.Result r) {
        Set<String> out = new TreeSet<>();
        r.decisions().forEach(d -> d.findings().forEach(f -> out.add(f.ruleId())));
        return out;
    }

    @Test
    void everyDelegationRuleFiresSomewhereInTheDemoAndMostRowsPass() {
        assertThat(fired(delegations)).containsAll(rules.ruleIds("DLG"));
        assertThat(delegations.verdicts().rowsByOutcome().get(quanze.decision.Outcome.ALLOW)).isGreaterThan(delegations.rows() / 2);
    }

    @Test
    void 一项申请涉及多个乡镇时各乡镇的清单外事项提示按申请所列乡镇的次序排列且每次相同() throws Exception {
        Registry registry = Fixtures.demoRegistry();
        java.nio.file.Path dutiesFile = java.nio.file.Path.of("..", "demo", "tongwei-duties.csv");
        var duties = new quanze.engine.duty.DutyLists(DutyCatalog.read(dutiesFile, "duties.csv", registry).values());
        var requests = AdmissionCatalog.read(Fixtures.DEMO_ADMISSIONS, "a.csv", registry);
        List<List<String>> runs = new java.util.ArrayList<>();
        for (int run = 0; run < 3; run++) {
            // new cases each time: identity-keyed maps iterate in a different order on every run
            Vetting.Result r = Vetting.admissions(requests, registry, quanze.engine.PowerHoldings.NONE,
                    new AdmissionEngine(rules, Clock.systemUTC()), duties, AS_OF);
            runs.add(r.decisions().stream().flatMap(d -> d.findings().stream()).map(Finding::message).toList());
        }
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
        assertThat(runs.get(2)).isEqualTo(runs.get(0));
        List<String> order = runs.get(0).stream().filter(m -> m.startsWith("“文明城市创建入户宣传”不在"))
                .map(m -> m.substring("“文明城市创建入户宣传”不在".length(), m.indexOf("的履职事项清单"))).toList();
        List<String> inRegistry = registry.all().stream().map(quanze.township.Township::name).filter(order::contains).toList();
        assertThat(order).hasSizeGreaterThan(5).isEqualTo(inRegistry);
    }

    @Test
    void everyAdmissionRuleFiresSomewhereInTheDemo() {
        assertThat(fired(admissions)).containsAll(rules.ruleIds("ADM"));
    }

    @Test
    void eachDemoRequestGetsTheOutcomeAClerkWouldExpect() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Decision d : admissions.decisions()) {
            outcomes.put(((quanze.admission.Admission) d.input()).requestId(), d.outcome().name()
                    + d.findings().stream().map(Finding::ruleId).toList());
        }
        assertThat(outcomes).containsEntry("ZR-2026-001", "ADMIT[]")
                .containsEntry("ZR-2026-004", "REJECT[ADM-03]")
                .containsEntry("ZR-2026-005", "REJECT[ADM-04]")
                .containsEntry("ZR-2026-006", "REJECT[ADM-05]")
                .containsEntry("ZR-2026-008", "RETURN[ADM-07]")
                .containsEntry("ZR-2026-009", "RETURN[ADM-08]")
                .containsEntry("ZR-2026-010", "RETURN[ADM-09]")
                .containsEntry("ZR-2026-011", "RETURN[ADM-10]")
                .containsEntry("ZR-2026-012", "ADMIT[ADM-11]")
                .containsEntry("ZR-2026-013", "ADMIT[]");
        assertThat(outcomes.get("ZR-2026-003")).startsWith("REJECT").contains("ADM-02");
        assertThat(outcomes.get("ZR-2026-007")).startsWith("REJECT").contains("ADM-06", "DLG-05", "DLG-07");
    }

    @Test
    void theCleanUpListCancelsThreeVetoesAndTwoContractsOfSeven() {
        List<Decision> vetoesAndContracts = burdens.decisions().stream()
                .filter(d -> Set.of("VETO", "CONTRACT").contains(((quanze.burden.Burden) d.input()).type().name())).toList();
        assertThat(vetoesAndContracts).hasSize(7);
        assertThat(vetoesAndContracts.stream().filter(d -> d.outcome().name().equals("ABOLISH"))).hasSize(5);
        assertThat(fired(burdens)).contains("ASM-01", "ASM-03", "ASM-04", "ASM-05", "ASM-06");
    }
}
