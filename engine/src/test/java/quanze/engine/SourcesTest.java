package quanze.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quanze.decision.Citation;

class SourcesTest {
    static final Sources SOURCES = Sources.load();

    @Test
    void everyClauseARuleCitesHasItsSentences() {
        List<String> missing = RuleBase.load().rules().stream()
                .flatMap(r -> r.citations().stream().map(c -> r.id() + " → " + c.source() + " " + c.clause()
                        + (SOURCES.clause(c).map(x -> x.quote().isEmpty() ? " (无引文)" : "").orElse(" (无条文)"))))
                .filter(s -> s.endsWith("(无引文)") || s.endsWith("(无条文)"))
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRowOfEveryWordTableCitesAClauseWithItsSentences() {
        List<String> missing = new java.util.ArrayList<>();
        for (Object table : RuleBase.load().tables()) {
            if (table instanceof quanze.catalog.Vocabulary v) {
                v.rows().forEach(r -> Citation.parseAll(r.basis()).forEach(c -> {
                    if (SOURCES.clause(c).isEmpty()) {
                        missing.add(v.getName() + " " + r.word() + " → " + c.source() + " " + c.clause());
                    }
                }));
            } else if (table instanceof quanze.catalog.StatutoryPower p) {
                Citation.parseAll(p.source()).forEach(c -> {
                    if (SOURCES.clause(c).isEmpty()) {
                        missing.add(p.title() + " → " + c.source() + " " + c.clause());
                    }
                });
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everySentenceQuotedFromASeedDocumentStandsInItVerbatim() {
        assertThat(SOURCES.notVerbatim()).isEmpty();
    }

    @Test
    void aSentenceThatTheDocumentDoesNotSayIsCaught() {
        Sources altered = Sources.of(Map.of("TW6", new Sources.Document("TW6", "通渭", "TW6.txt")),
                List.of(new Sources.Clause("TW6", "§14", List.of("除党中央、国务院和省委、省政府、市委明确规定的外，各部门不得以任何形式对乡镇设置“一票否决”事项。"))));
        assertThat(altered.notVerbatim()).singleElement().asString().startsWith("TW6 §14: ");
    }

    @Test
    void aDocumentCitedAsAWholeIsFoundWithoutAClause() {
        assertThat(SOURCES.clause(new Citation("LX24", null, null))).get()
                .extracting(c -> c.quote().get(0)).asString().contains("严格清单外事项准入");
        assertThat(SOURCES.document("XZCF")).get().extracting(Sources.Document::file).isNull();
    }
}
