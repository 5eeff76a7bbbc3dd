package quanze.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quanze.engine.Registry;
import quanze.township.Township;
import quanze.township.TownshipKind;

class CountyGuessTest {

    @Test
    void aListUploadedWithoutItsCountyBelongsToTheOneCountyOfTheTownshipsItNames() throws Exception {
        List<Township> two = new ArrayList<>(Fixtures.demoRegistry().all());
        two.add(new Township("321324100", "青阳街道", TownshipKind.JIEDAO, "泗洪县", "JS", null, 100000, true, false, true,
                8, 60, 5, 4, null));
        Registry registry = new Registry(two);
        assertThat(registry.counties()).hasSize(2);
        assertThat(CountyGuess.counties(Fixtures.DEMO_DELEGATIONS, "赋权事项清单.csv", DelegationCatalog.REQUIRED, "承接主体",
                registry)).containsExactly("通渭县");
    }
}
