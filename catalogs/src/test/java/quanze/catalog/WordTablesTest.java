package quanze.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordTablesTest {
    private static final StatutoryPower PLANNING = new StatutoryPower("城乡规划法", "第六十五条", List.of("乡村建设规划许可"),
            "在乡、村庄规划区内未依法取得乡村建设规划许可证……由乡、镇人民政府责令停止建设", "CXGH 第六十五条");
    private static final Vocabulary TERMS = new Vocabulary("delegation/enforcement-terms", List.of(
            new Vocabulary.Row("强制拆除", Vocabulary.Role.MATCH, Set.of("强制执行"), Set.of(), "XZQZ 第十二条", "")));
    private final WordTables tables = new WordTables(List.of(TERMS, PLANNING));

    @Test
    void aRuleFindsItsTableByNameAndAMissingTableIsNamed() {
        assertThat(tables.get("delegation/enforcement-terms")).isSameAs(TERMS);
        assertThatThrownBy(() -> tables.get("delegation/no-such-table"))
                .isInstanceOf(IllegalStateException.class).hasMessage("规则库中没有词表 delegation/no-such-table");
    }

    @Test
    void aBasisFoldedOnceCitesThePowerWhateverItsWidthAndSpacing() {
        String basis = StatutoryPower.fold("《中华人民共和国城乡规划法》 第六十五条");
        assertThat(tables.citesPower(basis)).isTrue();
        assertThat(tables.describesPower(basis, "责令停止建设")).isTrue();
        assertThat(tables.citesPower(StatutoryPower.fold("《中华人民共和国城乡规划法》第六十四条"))).isFalse();
    }

    @Test
    void theLawWithoutTheArticleDescribesThePowerOnlyWhereTheItemNamesIt() {
        String basis = StatutoryPower.fold("《中华人民共和国城乡规划法》");
        assertThat(tables.describesPower(basis, "对未取得乡村建设规划许可证进行建设的处罚")).isTrue();
        assertThat(tables.describesPower(basis, "燃气经营许可")).isFalse();
        assertThat(tables.describesPower(null, "乡村建设规划许可")).isFalse();
    }
}
