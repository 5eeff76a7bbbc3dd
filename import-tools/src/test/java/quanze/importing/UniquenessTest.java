package quanze.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class UniquenessTest {
    /** Fingerprints instead of strings: it must still name exactly the row a map of the keys themselves would. */
    @Property(tries = 200)
    void aRepeatedKeyIsReportedAgainstItsFirstRowAndANewOneNever(
            @ForAll @Size(max = 3000) List<@StringLength(max = 3) String> keys) {
        Uniqueness seen = new Uniqueness();
        Map<String, Integer> expected = new HashMap<>();
        List<Integer> got = new ArrayList<>();
        List<Integer> want = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            int row = i + 2;
            got.add(seen.seen(keys.get(i), row));
            Integer first = expected.putIfAbsent(keys.get(i), row);
            want.add(first);
        }
        assertThat(got).isEqualTo(want);
    }

    @Property(tries = 20)
    void theSameKeyTwiceOnOneRowIsNoDuplicate(@ForAll @StringLength(max = 20) String key) {
        Uniqueness seen = new Uniqueness();
        assertThat(seen.seen(key, 7)).isNull();
        assertThat(seen.seen(key, 7)).isNull();
        assertThat(seen.seen(key, 9)).isEqualTo(7);
    }
}
