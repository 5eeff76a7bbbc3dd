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
import quanze.engine.org.OrgEngine;
import quanze.sheet.ImportFailure;
import quanze.sheet.ImportProblem;

class OrgCatalogsTest {
    static final Path DEMO = Path.of("..", "demo");

    @Test
    void theDemoOrganisationSheetsAreReadAndJudged() throws Exception {
        Registry registry = Fixtures.demoRegistry();
        OrgEngine engine = new OrgEngine(RuleBase.load(), Clock.systemUTC());
        LocalDate asOf = LocalDate.of(2026, 11, 23);
        Vetting.Result secondments = Vetting.orgItems(OrgCatalogs.secondments(DEMO.resolve("tongwei-secondments.csv"),
                "s.csv", registry), registry, engine, asOf);
        Vetting.Result appointments = Vetting.orgItems(OrgCatalogs.appointments(DEMO.resolve("tongwei-appointments.csv"),
                "a.csv", registry), registry, engine, asOf);
        Vetting.Result plaques = Vetting.orgItems(OrgCatalogs.plaques(DEMO.resolve("tongwei-plaques.csv"), "p.csv", registry),
                registry, engine, asOf);
        assertThat(secondments.decisions()).extracting(d -> d.outcome().name() + d.ruleIds())
                .containsExactly("VALID[]", "INVALID[ORG-04]", "INVALID[ORG-04]", "VALID[]");
        assertThat(appointments.decisions()).extracting(d -> d.outcome().name() + d.ruleIds())
                .containsExactly("VALID[]", "INVALID[ORG-07]", "VALID[]");
        assertThat(plaques.decisions()).extracting(d -> d.outcome().name() + d.ruleIds())
                .containsExactly("VALID[]", "INVALID[ORG-02]", "INVALID[ORG-03]", "INVALID[ORG-02]");
    }

    @Test
    void everyProblemOfABadSecondmentSheetIsNamed() {
        Path file = fixture("有错误的借调人员表.csv");
        String sheet = "有错误的借调人员表.csv";
        assertThatThrownBy(() -> OrgCatalogs.secondments(file, sheet, Fixtures.demoRegistry()))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.problems())
                        .extracting(ImportProblem::display)
                        .containsExactly(
                                "工作表“" + sheet + "”第2行“乡镇”列：“平安镇”不是乡镇名册中的乡镇（街道）",
                                "工作表“" + sheet + "”第2行“结束日期”列：结束日期2026-08-01早于开始日期2026-09-01",
                                "工作表“" + sheet + "”第3行“乡镇党委同意”列：“同意”不是是/否值，应填 是/否、Y/N、true/false、1/0、有/无 或 √/×",
                                "工作表“" + sheet + "”第3行“开始日期”列：必填项为空"));
    }
}
