package quanze.engine.duty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quanze.duty.DutyCheck;
import quanze.duty.ListItem;
import quanze.township.Township;

/**
 * The townships' three duty lists (LZQD), indexed for matching a task: by item code when given, else
 * by normalised name; failing both, the nearest item by {@link PhraseMatcher} for a person to confirm.
 */
public final class DutyLists {
    public static final DutyLists EMPTY = new DutyLists(List.of());

    private final Map<String, List<ListItem>> byTownship = new HashMap<>();

    /** @param items each with {@code township} holding the township's code */
    public DutyLists(List<ListItem> items) {
        for (ListItem i : items) {
            byTownship.computeIfAbsent(i.township(), k -> new ArrayList<>()).add(i);
        }
    }

    public boolean has(String townshipCode) {
        return byTownship.containsKey(townshipCode);
    }

    public List<ListItem> of(String townshipCode) {
        return byTownship.getOrDefault(townshipCode, List.of());
    }

    /** A list item with its similarity to the task (1 for an exact match). */
    public record Scored(ListItem item, double similarity) {
    }

    /** The items closest to a task, best first, down to {@link PhraseMatcher#NEAR}. */
    public List<Scored> nearest(String townshipCode, String task, int limit) {
        return of(townshipCode).stream()
                .map(i -> new Scored(i, PhraseMatcher.similarity(task, i.name())))
                .filter(s -> s.similarity() >= PhraseMatcher.NEAR)
                .sorted(Comparator.comparingDouble(Scored::similarity).reversed())
                .limit(limit)
                .toList();
    }

    /** The DUTY fact for a task handed to a township, or null when the township keeps no lists yet. */
    public DutyCheck check(Object origin, Township t, String task, String itemCode, String department,
                           boolean townshipPrimary, boolean admission) {
        if (!has(t.code())) {
            return null;
        }
        ListItem exact = null;
        String wanted = PhraseMatcher.normalise(task);
        for (ListItem i : of(t.code())) {
            if ((itemCode != null && itemCode.equals(i.itemNo())) || PhraseMatcher.normalise(i.name()).equals(wanted)) {
                exact = i;
                break;
            }
        }
        ListItem near = null;
        double score = 0;
        if (exact == null) {
            List<Scored> best = nearest(t.code(), task, 1);
            if (!best.isEmpty()) {
                near = best.get(0).item();
                score = best.get(0).similarity();
            }
        }
        return new DutyCheck(origin, t, task, department, townshipPrimary, admission, exact, near, score);
    }
}
