package quanze.engine.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quanze.decision.Decision;
import quanze.delegation.Category;
import quanze.delegation.Delegation;
import quanze.delegation.DelegationCase;
import quanze.delegation.Mode;
import quanze.delegation.Opinion;
import quanze.delegation.Support;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.township.Township;
import quanze.township.TownshipKind;

/** A list larger than one batch is decided on every core and comes back in its own order, as if case by case. */
class BatchesTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @Test
    void aProvinceListDecidedInParallelBatchesEqualsTheSameCasesDecidedOneBatchAtATime() {
        List<Township> townships = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            townships.add(new Township("6200" + (10000 + i), "试验" + i + "镇", TownshipKind.ZHEN, "试验县", "GS", "二类",
                    20000, false, false, i % 3 != 0, i % 4, 30, 4, 5, null));
        }
        Registry registry = new Registry(townships);
        List<DelegationCase> cases = new ArrayList<>();
        for (int i = 0; cases.size() < 12_345; i++) {
            Category category = Category.values()[i % 9];
            Delegation d = new Delegation("X-" + i, "事项" + i, null, category, i % 7 == 0 ? null : "某法第" + i + "条",
                    "县某局", townships.get(i % 60).name(), i % 5 == 0 ? Mode.ENTRUST : Mode.DEVOLVE,
                    i % 2 == 0 ? "省政发〔2021〕1号" : null, null, i % 11 != 0, i % 13 == 0 ? Opinion.DISAGREE : Opinion.AGREE,
                    i % 6 == 0 ? Set.of() : Set.of(Support.STAFF), true, null, null, false);
            cases.addAll(DelegationEngine.cases(d, DelegationEngine.receivers(d, registry), registry, AS_OF));
        }
        DelegationEngine engine = new DelegationEngine(RuleBase.load(), Clock.systemUTC());

        List<Decision> all = engine.decide(cases);
        List<Decision> oneByOne = new ArrayList<>();
        for (int from = 0; from < cases.size(); from += 1_000) {
            oneByOne.addAll(engine.decide(cases.subList(from, Math.min(cases.size(), from + 1_000))));
        }

        assertThat(all).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            assertThat(all.get(i).input()).isSameAs(cases.get(i).getDelegation());
            assertThat(all.get(i).outcome()).isEqualTo(oneByOne.get(i).outcome());
            assertThat(all.get(i).findings()).isEqualTo(oneByOne.get(i).findings());
        }
        assertThat(all.stream().map(Decision::outcome).distinct()).hasSizeGreaterThan(1);
    }
}
