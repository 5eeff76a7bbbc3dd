package quanze.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationTest {

    @Test
    void readsTheCitationColumnOfRulesMdIntoSourceClauseAndNote() {
        assertThat(Citation.parseAll("XZXK 第二十四条 / XZCF 第二十条 (不得再委托); TW6 §1 (不得要求在村（社区）设立机构)"))
                .containsExactly(
                        new Citation("XZXK", "第二十四条", null),
                        new Citation("XZCF", "第二十条", "不得再委托"),
                        new Citation("TW6", "§1", "不得要求在村（社区）设立机构"));
    }

    @Test
    void aClauseThatStartsWithBracketsIsNotMistakenForANote() {
        assertThat(Citation.parseAll("QX (二)一 (自下而上遴选); QX (六)四"))
                .containsExactly(new Citation("QX", "(二)一", "自下而上遴选"), new Citation("QX", "(六)四", null));
    }

    @Test
    void severalClausesOfOneSourceShareIt() {
        assertThat(Citation.parseAll("TW6 §8, §13")).containsExactly(
                new Citation("TW6", "§8", null), new Citation("TW6", "§13", null));
    }

    @Test
    void aDocumentCitedAsAWholeHasNoClause() {
        assertThat(Citation.parseAll("LZQD; LX24 (严格清单外事项准入)")).containsExactly(
                new Citation("LZQD", null, null), new Citation("LX24", null, "严格清单外事项准入"));
        assertThat(Citation.parseAll("LX24 (严格清单外事项准入)").get(0).display()).isEqualTo("LX24（严格清单外事项准入）");
    }
}
