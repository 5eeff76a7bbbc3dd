package quanze.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import quanze.decision.Decision;
import quanze.decision.Outcome;
import quanze.engine.org.OrgEngine;
import quanze.org.OrgRecord;
import quanze.township.Township;
import quanze.township.TownshipKind;

/** A province that issues a new limit is one new row in the workbook, not a release. */
class ParametersInForceTest {
    static final Township HUAJIALING = new Township("621121110", "华家岭镇", TownshipKind.ZHEN, "通渭县", "GS", "三类",
            15000, false, false, true, 2, 20, 5, 5, null);

    /** The shipped parameter table (CSV) with one more line. */
    static byte[] workbookWith(String... extraRow) {
        String shipped = new String(RuleBase.read(ParametersInForceTest.class.getClassLoader(), RuleBase.PARAMETERS),
                java.nio.charset.StandardCharsets.UTF_8);
        return (shipped + String.join(",", extraRow) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    Outcome decide(RuleBase rules, LocalDate asOf) {
        Decision d = new OrgEngine(rules, Clock.systemUTC()).decide(new OrgRecord("华家岭镇", null, null, null),
                new Registry(List.of(HUAJIALING)), asOf);
        return d.outcome();
    }

    @Test
    void aLaterRowChangesDecisionsForDatesAfterItAndTheVersionWithNoCodeChange() throws Exception {
        RuleBase rules = RuleBase.load();
        String before = rules.version();
        assertThat(decide(rules, LocalDate.of(2027, 3, 1))).isEqualTo(Outcome.INVALID);

        rules.replaceParameters(workbookWith("GS", "党政机构上限（三类）", "5", "2027-01-01", "TW6", "§1", "假设省里放宽三类乡镇限额"));

        assertThat(rules.version()).isNotEqualTo(before).startsWith("sha256:");
        assertThat(decide(rules, LocalDate.of(2026, 12, 31))).isEqualTo(Outcome.INVALID);
        assertThat(decide(rules, LocalDate.of(2027, 1, 1))).isEqualTo(Outcome.VALID);
    }

    @Test
    void aDecisionRecordsTheParameterRowsItWasMadeUnder() {
        Decision d = new OrgEngine(RuleBase.load(), Clock.systemUTC()).decide(new OrgRecord("华家岭镇", null, null, null),
                new Registry(List.of(HUAJIALING)), LocalDate.of(2026, 11, 23));
        assertThat(d.parameters()).contains("GS 党政机构上限（三类）=4（2020-01-01起，TW6 §1）");
        assertThat(d.findings().get(0).citations()).extracting(c -> c.source() + " " + c.clause()).contains("TW6 §1");
    }

    @Test
    void aWorkbookWithBadRowsIsRefusedWholeAndTheTableInForceStays() throws Exception {
        RuleBase rules = RuleBase.load();
        String before = rules.version();
        assertThatThrownBy(() -> rules.replaceParameters(workbookWith("gs", "党政机构上限（三类）", "5", "2027年1月1日", "TW6", "")))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.row() + "|" + p.column() + "|" + p.message())
                        .containsExactly(
                                "32|条款|必填项为空",
                                "32|生效日期|“2027年1月1日”不是日期，应写成 2024-01-31",
                                "32|配置|“gs”应为省份配置代码，如 GS、JS、GZ、NX、CN"));
        assertThat(rules.version()).isEqualTo(before);
    }
}
