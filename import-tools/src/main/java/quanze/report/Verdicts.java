package quanze.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import quanze.decision.Decision;
import quanze.decision.DecisionKind;
import quanze.decision.Finding;
import quanze.decision.Outcome;
import quanze.decision.Severity;

/**
 * What the annotated report says about each catalog row, and the tallies of its 汇总 sheet. A row
 * with several receivers has one decision per receiver; the row shows the strongest outcome and
 * each message names the receiver it is about.
 */
public final class Verdicts implements AutoCloseable {
    /** The four added columns of one row, and how to colour it. */
    public record RowVerdict(Outcome outcome, Severity worst, String ruleIds, String messages, String citations) {
    }

    private final DecisionKind kind;
    private final String subjectHeading;
    private final Map<Integer, RowVerdict> byRow = new LinkedHashMap<>();
    /** Where the rows' verdicts go instead of {@link #byRow} for a list larger than memory; null: kept in memory. */
    private final VerdictSpill spill;
    private int rows;
    private int decisions;
    private final Map<Outcome, Integer> rowsByOutcome = new LinkedHashMap<>();
    private final Map<String, Integer> findingsByRule = new TreeMap<>();
    private final Map<String, Map<Outcome, Integer>> bySubject = new TreeMap<>();

    /** @param subjectHeading what the 汇总 sheet counts by: "乡镇", "申请部门", "设定单位" */
    public Verdicts(DecisionKind kind, String subjectHeading) {
        this(kind, subjectHeading, null);
    }

    private Verdicts(DecisionKind kind, String subjectHeading, VerdictSpill spill) {
        this.kind = kind;
        this.subjectHeading = subjectHeading;
        this.spill = spill;
    }

    /**
     * Verdicts written to a temporary file as they come and read back in row order by the report (which asks for
     * them in that order): a list of any length costs the tallies only. Close it to delete the file.
     */
    public static Verdicts spilled(DecisionKind kind, String subjectHeading) {
        return new Verdicts(kind, subjectHeading, new VerdictSpill());
    }

    private final Map<Integer, String> skipped = new TreeMap<>();

    /** A row below the data that was not read (a 合计 row, a note, what follows them), and why (formats.md). */
    public void skip(int rowNumber, String reason) {
        skipped.put(rowNumber, reason);
    }

    public Map<Integer, String> skipped() {
        return skipped;
    }

    public String subjectHeading() {
        return subjectHeading;
    }

    /** @param subjects the name each decision is about (a receiving township), in the same order */
    public void add(int rowNumber, List<Decision> decisions, List<String> subjects) {
        List<Finding> all = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> citations = new LinkedHashSet<>();
        StringBuilder messages = new StringBuilder();
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            String subject = subjects.get(i);
            bySubject.computeIfAbsent(subject, k -> new LinkedHashMap<>()).merge(d.outcome(), 1, Integer::sum);
            for (Finding f : d.findings()) {
                all.add(f);
                ids.add(f.ruleId());
                findingsByRule.merge(f.ruleId(), 1, Integer::sum);
                f.citations().forEach(c -> citations.add(c.display()));
                if (messages.length() > 0) {
                    messages.append('\n');
                }
                messages.append(f.ruleId()).append(' ');
                if (decisions.size() > 1) {
                    messages.append(subject).append("：");
                }
                messages.append(f.message());
            }
        }
        Outcome outcome = kind.outcomeOf(all);
        Severity worst = all.stream().map(Finding::severity).max(Enum::compareTo).orElse(null);
        rowsByOutcome.merge(outcome, 1, Integer::sum);
        RowVerdict verdict = new RowVerdict(outcome, worst, String.join("、", ids), messages.toString(),
                String.join("；", citations));
        if (spill != null) {
            spill.write(rowNumber, verdict);
        } else {
            byRow.put(rowNumber, verdict);
        }
        rows++;
        this.decisions += decisions.size();
    }

    public DecisionKind kind() {
        return kind;
    }

    /** The verdict of a data row, or null for a row without one; a spilled list is asked in row order. */
    public RowVerdict row(int rowNumber) {
        return spill != null ? spill.read(rowNumber) : byRow.get(rowNumber);
    }

    public Map<Outcome, Integer> rowsByOutcome() {
        return rowsByOutcome;
    }

    public Map<String, Integer> findingsByRule() {
        return findingsByRule;
    }

    public Map<String, Map<Outcome, Integer>> bySubject() {
        return bySubject;
    }

    public int rows() {
        return rows;
    }

    /** How many decisions the rows hold (a row has one per receiver). */
    public int decisions() {
        return decisions;
    }

    @Override
    public void close() {
        if (spill != null) {
            spill.close();
        }
    }
}
