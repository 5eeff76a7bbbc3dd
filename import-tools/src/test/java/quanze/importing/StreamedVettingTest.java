package quanze.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import quanze.decision.Decision;
import quanze.duty.ListItem;
import quanze.engine.PowerHoldings;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.duty.DutyLists;
import quanze.report.Verdicts;

/** vet of a nation's list streams it (Pipeline.vetStreamed); it must decide every row exactly as the whole-list path. */
class StreamedVettingTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @Test
    void aDelegationListDecidedAsItStreamsGivesEveryRowTheVerdictAndDecisionsOfTheWholeListPath() throws Exception {
        Engines engines = Engines.of(RuleBase.load(), Clock.systemUTC());
        Registry registry = Fixtures.demoRegistry();
        CatalogContext registryOnly = context(registry, DutyLists.EMPTY);
        // the demo duty lists too, so the DUTY checks run (the streamed path hands the lists of every township in scope)
        DutyLists duties = new DutyLists(Pipeline.vet(CatalogKind.DUTIES, Fixtures.DEMO_DUTIES, "duties.csv", registryOnly,
                engines, null, AS_OF).values(ListItem.class));
        CatalogContext context = context(registry, duties);

        Vetted whole = Pipeline.vet(CatalogKind.DELEGATIONS, Fixtures.DEMO_DELEGATIONS, "d.csv", context, engines, null, AS_OF);
        List<List<Decision>> handedOn = new ArrayList<>();
        Vetted streamed = Pipeline.vetStreamed(CatalogKind.DELEGATIONS, Fixtures.DEMO_DELEGATIONS, "d.csv", context,
                engines, null, AS_OF, Progress.NONE, (row, decisions, about) -> handedOn.add(List.copyOf(decisions)));
        try (Verdicts s = streamed.result().verdicts()) {
            Verdicts w = whole.result().verdicts();
            assertThat(streamed.rows()).isEqualTo(whole.rows()).isEqualTo(42);
            assertThat(streamed.county()).isEqualTo(whole.county());
            assertThat(streamed.values()).as("the streamed rows are not kept").isEmpty();
            assertThat(s.rowsByOutcome()).isEqualTo(w.rowsByOutcome());
            assertThat(s.findingsByRule()).isEqualTo(w.findingsByRule()).containsKey("DUTY-04");
            assertThat(s.bySubject()).isEqualTo(w.bySubject());
            assertThat(s.decisions()).isEqualTo(whole.result().decisions().size());
            assertThat(outcomesAndFindings(handedOn)).isEqualTo(outcomesAndFindings(whole.result().decisionsByRow()));
            for (int row : whole.result().rowNumbers()) {
                assertThat(s.row(row)).as("第%d行", row).isEqualTo(w.row(row));
            }
            // asked again from an earlier row (a second report), the spilled verdicts read from the top again
            int first = whole.result().rowNumbers().get(0);
            assertThat(s.row(first)).isEqualTo(w.row(first));
        }
    }

    private static List<String> outcomesAndFindings(List<List<Decision>> rows) {
        return rows.stream().map(ds -> ds.stream().map(d -> d.outcome() + " " + d.findings().stream()
                .map(f -> f.ruleId() + ":" + f.message()).toList()).toList().toString()).toList();
    }

    private static CatalogContext context(Registry registry, DutyLists duties) {
        return new CatalogContext() {
            @Override
            public Registry registry() {
                return registry;
            }

            @Override
            public DutyLists duties(Collection<String> townshipCodes) {
                return duties;
            }

            @Override
            public PowerHoldings holdings(Collection<String> townshipCodes) {
                return PowerHoldings.NONE;
            }
        };
    }
}
