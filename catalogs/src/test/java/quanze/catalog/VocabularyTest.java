package quanze.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    static Vocabulary.Row match(String word, String... tags) {
        return new Vocabulary.Row(word, Vocabulary.Role.MATCH, Set.of(tags), Set.of(), "TW6 §4", "");
    }

    static Vocabulary.Row exclude(String word, String... tags) {
        return new Vocabulary.Row(word, Vocabulary.Role.EXCLUDE, Set.of(tags), Set.of(), "TW6 §4", "");
    }

    static final Vocabulary ACTS = new Vocabulary("acts", List.of(
            match("处罚", "TER-03"), match("查处", "TER-03"), match("拆除", "TER-03"),
            exclude("协助调查取证", "TER-03"), exclude("劝阻制止", "TER-03"), exclude("协助查处"), exclude("危房拆除改造")));

    @Test
    void anAllowedPhraseIsBlankedButTheRestOfTheSentenceStillCounts() {
        assertThat(ACTS.found("TER-03", "劝阻制止并依法处罚")).containsExactly("处罚");
        assertThat(ACTS.found("TER-03", "协助调查取证并依法拆除违法建筑")).containsExactly("拆除");
        assertThat(ACTS.names("TER-03", "协助调查取证")).isFalse();
    }

    @Test
    void anExclusionWithoutTagServesEveryTagAndNoWordIsFoundInsideIt() {
        assertThat(ACTS.names("TER-03", "协助查处违法行为")).isFalse();
        assertThat(ACTS.names("TER-03", "组织农村危房拆除改造")).isFalse();
    }

    @Test
    void fullWidthTextIsFoldedBeforeMatching() {
        Vocabulary v = new Vocabulary("x", List.of(match("(街道)", "t")));
        assertThat(v.names("t", "乡镇（街道）")).isTrue();
    }

    @Test
    void aRowLimitedToSomeProfilesAppliesOnlyUnderThem() {
        Vocabulary levels = new Vocabulary("levels", List.of(
                new Vocabulary.Row("省政府", Vocabulary.Role.MATCH, Set.of("一票否决依据"), Set.of("GS", "CN"), "TW6 §14", "")));
        assertThat(levels.is("省政府", "一票否决依据", "GS")).isTrue();
        assertThat(levels.is("省政府", "一票否决依据", "JS")).isFalse();
    }

    @Test
    void aTitleIsALawOrRegulationByItsEndingAndAPartyRegulationIsNot() {
        Vocabulary forms = new Vocabulary("forms", List.of(match("法", "法律法规"), match("条例", "法律法规"),
                match("办法", "人大制定方可"), match("中国共产党", "党内法规"), match("常务委员会", "立法机关")));
        assertThat(LegalTitles.authorises("《中华人民共和国行政处罚法》第十九条", forms)).isTrue();
        assertThat(LegalTitles.authorises("城市道路管理条例第二十七条", forms)).isTrue();
        assertThat(LegalTitles.authorises("《某省城市管理办法》", forms)).isFalse();
        assertThat(LegalTitles.authorises("《某省实施某法办法》（某省人民代表大会常务委员会公告）", forms)).isTrue();
        assertThat(LegalTitles.authorises("《中国共产党农村基层组织工作条例》", forms)).isFalse();
        assertThat(LegalTitles.authorises(null, forms)).isFalse();
    }
}
