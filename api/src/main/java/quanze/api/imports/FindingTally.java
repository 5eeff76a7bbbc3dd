package quanze.api.imports;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import quanze.decision.Decision;
import quanze.decision.Finding;

/**
 * How often each rule found something in one import, overall and per township: what the page's
 * "findings by rule" table and charts show. Made once when the import is stored.
 */
public final class FindingTally {
    /** A rule: on how many sheet rows it found something, in how many decisions, and how many findings it made. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record ByRule(String ruleId, int rows, int decisions, int findings) {
    }

    /** A township (by code): findings per rule. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record ByTownship(String township, Map<String, Integer> byRule, int findings) {
    }

    /** With the number of decisions, in all and by outcome: the page's counts need no count over the decisions. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(List<ByRule> byRule, List<ByTownship> byTownship, long decisions, Map<String, Long> byOutcome) {
        public Result {
            byOutcome = byOutcome == null ? Map.of() : byOutcome;
        }

        /** How many decisions a filter of the findings page matches, when the tally knows; null when it does not. */
        public Long matching(String ruleId, String outcome) {
            if (decisions == 0) {
                return null;
            }
            if (ruleId == null && outcome == null) {
                return decisions;
            }
            if (ruleId == null) {
                return byOutcome.getOrDefault(outcome, 0L);
            }
            if (outcome == null) {
                return byRule.stream().filter(r -> r.ruleId().equals(ruleId)).mapToLong(ByRule::decisions).findFirst().orElse(0);
            }
            return null;
        }
    }

    /** Sheet rows as bits: a province's 300,000 rows cost 37 KB a rule, not a set of boxed numbers. */
    private final Map<String, BitSet> rowsByRule = new TreeMap<>();
    private final Map<String, Integer> findingsByRule = new TreeMap<>();
    private final Map<String, Integer> decisionsByRule = new TreeMap<>();
    private final Map<String, Long> byOutcome = new TreeMap<>();
    private long decisions;
    private final Map<String, Map<String, Integer>> byTownship = new LinkedHashMap<>();

    /** Adds the decision made on sheet row {@code row} for {@code township} (null: no township, e.g. a village). */
    public void add(int row, String township, Decision decision) {
        decisions++;
        byOutcome.merge(decision.outcome().name(), 1L, Long::sum);
        decision.findings().stream().map(Finding::ruleId).distinct().forEach(id -> decisionsByRule.merge(id, 1, Integer::sum));
        for (Finding f : decision.findings()) {
            rowsByRule.computeIfAbsent(f.ruleId(), k -> new BitSet()).set(row);
            findingsByRule.merge(f.ruleId(), 1, Integer::sum);
            if (township != null) {
                byTownship.computeIfAbsent(township, k -> new TreeMap<>()).merge(f.ruleId(), 1, Integer::sum);
            }
        }
    }

    public Result result() {
        List<ByRule> rules = new ArrayList<>();
        rowsByRule.forEach((id, rows) -> rules.add(new ByRule(id, rows.cardinality(), decisionsByRule.get(id), findingsByRule.get(id))));
        rules.sort(Comparator.comparingInt(ByRule::rows).reversed().thenComparing(ByRule::ruleId));
        List<ByTownship> townships = new ArrayList<>();
        byTownship.forEach((code, counts) -> townships.add(new ByTownship(code, counts,
                counts.values().stream().mapToInt(Integer::intValue).sum())));
        townships.sort(Comparator.comparingInt(ByTownship::findings).reversed().thenComparing(ByTownship::township));
        return new Result(rules, townships, decisions, byOutcome);
    }
}
