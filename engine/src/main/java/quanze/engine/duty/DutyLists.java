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
    /**
     * Per township code, its items by normalised name (the first of equal names, as a scan in list order finds it):
     * normalised once here, not for every task checked against the list.
     */
    private final Map<String, Map<String, ListItem>> byName = new HashMap<>();
    /** Per township code, the normalised names of the tasks admitted requests have added as pending amendments. */
    private final Map<String, java.util.Set<String>> pending = new HashMap<>();

    /** @param items each with {@code township} holding the township's code */
    public DutyLists(List<ListItem> items) {
        this(items, List.of());
    }

    /**
     * @param amendments the list amendments admitted requests require (DUTY-06), each with {@code township}
     *                   holding the township's code: a task they name is covered (no DUTY-04)
     */
    public DutyLists(List<ListItem> items, List<quanze.duty.ListAmendment> amendments) {
        for (ListItem i : items) {
            byTownship.computeIfAbsent(i.township(), k -> new ArrayList<>()).add(i);
            byName.computeIfAbsent(i.township(), k -> new HashMap<>()).putIfAbsent(PhraseMatcher.normalise(i.name()), i);
        }
        for (var a : amendments) {
            pending.computeIfAbsent(a.township(), k -> new java.util.HashSet<>()).add(PhraseMatcher.normalise(a.itemName()));
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

    /**
     * The DUTY fact for a task handed to a township. {@code itemNo} is the township list's own item number when the
     * request gives one (an admission's dutyItemNo); a delegation's 事项编码 is another code system and is never
     * passed here. Made whether or not the township keeps lists: DUTY-03 and DUTY-06 do not need them.
     */
    public DutyCheck check(Object origin, Township t, String task, String itemNo, String department,
                           boolean townshipPrimary, DutyCheck.Source source) {
        List<ListItem> items = of(t.code());
        java.util.Set<String> amended = pending.getOrDefault(t.code(), java.util.Set.of());
        if (items.isEmpty() && amended.isEmpty()) {
            // nothing to match against (the normalising below is the costly part of a province-size batch)
            return new DutyCheck(origin, t, task, department, townshipPrimary, source, false, false, null, null, 0);
        }
        ListItem exact = null;
        if (itemNo != null) {
            for (ListItem i : items) {
                if (itemNo.equals(i.itemNo())) {
                    exact = i;
                    break;
                }
            }
        }
        String wanted = PhraseMatcher.normalise(task);
        if (exact == null) {
            exact = byName.getOrDefault(t.code(), Map.of()).get(wanted);
        }
        ListItem near = null;
        double score = 0;
        if (exact == null && task != null && !items.isEmpty()) {
            List<Scored> best = nearest(t.code(), task, 1);
            if (!best.isEmpty()) {
                near = best.get(0).item();
                score = best.get(0).similarity();
            }
        }
        return new DutyCheck(origin, t, task, department, townshipPrimary, source, !items.isEmpty(),
                amended.contains(wanted), exact, near, score);
    }
}
