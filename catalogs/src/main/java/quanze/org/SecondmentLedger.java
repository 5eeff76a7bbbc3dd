package quanze.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quanze.catalog.Text;

/**
 * Every secondment of a decision's townships — those being judged and those already on record — by township
 * code and person, so ORG-05 adds up one person's days in a calendar year across all of them (JS §18).
 */
public final class SecondmentLedger {
    private final Map<String, List<Secondment>> byPerson = new HashMap<>();

    /** @param townshipCode the code of each secondment's township, in the same order */
    public SecondmentLedger(List<Secondment> secondments, List<String> townshipCode) {
        for (int i = 0; i < secondments.size(); i++) {
            Secondment s = secondments.get(i);
            if (s.person() == null) {
                continue;
            }
            List<Secondment> own = byPerson.computeIfAbsent(key(townshipCode.get(i), s.person()), k -> new ArrayList<>());
            // the same record stored and sent again is one secondment, not two
            if (own.stream().noneMatch(x -> java.util.Objects.equals(x.start(), s.start()) && java.util.Objects.equals(x.end(), s.end()))) {
                own.add(s);
            }
        }
    }

    public long daysIn(String townshipCode, String person, int year) {
        return byPerson.getOrDefault(key(townshipCode, person), List.of()).stream().mapToLong(s -> s.daysIn(year)).sum();
    }

    private static String key(String code, String person) {
        return code + "\u0000" + Text.normalise(person).replace(" ", "");
    }
}
