package quanze.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static quanze.importing.Fixtures.fixture;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.delegation.DelegationEngine;
import quanze.engine.responsibility.ResponsibilityEngine;
import quanze.responsibility.Matter;
import quanze.sheet.ImportFailure;
import quanze.sheet.ImportProblem;

class ResponsibilityCatalogTest {

    @Test
    void theDemoListHasThirtyFiveMattersAcrossTheDomainsWithTheirUnitLists() throws Exception {
        CatalogReader.Rows<Matter> rows = ResponsibilityCatalog.read(Fixtures.DEMO_RESPONSIBILITIES, "m.csv",
                Fixtures.demoRegistry());
        assertThat(rows.rows()).hasSize(35);
        assertThat(rows.values()).extracting(Matter::domain).contains("自然资源", "生态环境", "城乡建设", "应急管理",
                "市场监管", "综合执法", "农业农村");
        Matter first = rows.values().get(0);
        assertThat(first.primaryUnits()).containsExactly("县自然资源局");
        assertThat(first.cooperatingUnits()).containsExactly("乡镇");
    }

    @Test
    void everyProblemOfABadListIsNamed() {
        Path file = fixture("有错误的属地管理清单.csv");
        String sheet = "有错误的属地管理清单.csv";
        assertThatThrownBy(() -> ResponsibilityCatalog.read(file, sheet, Fixtures.demoRegistry()))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.problems())
                        .extracting(ImportProblem::display)
                        .containsExactly(
                                "工作表“" + sheet + "”第3行“适用乡镇”列：“平安镇”不是乡镇名册中的乡镇（街道）",
                                "工作表“" + sheet + "”第3行“领域”列：必填项为空",
                                "工作表“" + sheet + "”第3行“事项编码”列：事项编码“SD-1”与第2行重复"));
    }

    @Test
    void everyTerritorialRuleFiresSomewhereInTheDemoCheckedAgainstTheDemoDelegations() throws Exception {
        RuleBase rules = RuleBase.load();
        Registry registry = Fixtures.demoRegistry();
        LocalDate asOf = LocalDate.of(2026, 11, 23);
        DelegationCatalog.Rows delegations = DelegationCatalog.read(Fixtures.DEMO_DELEGATIONS, "d.csv", registry);
        Vetting.Result vetted = Vetting.delegations(delegations, registry, new DelegationEngine(rules, Clock.systemUTC()), asOf);
        Vetting.Result result = Vetting.responsibilities(
                ResponsibilityCatalog.read(Fixtures.DEMO_RESPONSIBILITIES, "m.csv", registry), registry,
                Vetting.holdings(delegations.rows(), vetted), new ResponsibilityEngine(rules, Clock.systemUTC()), asOf);
        assertThat(result.decisions().stream().flatMap(d -> d.findings().stream()).map(f -> f.ruleId()).distinct())
                .containsAll(rules.ruleIds("TER"));
        assertThat(result.verdicts().rowsByOutcome().get(quanze.decision.Outcome.VALID)).isGreaterThan(result.rows() / 2);
    }
}
