package quanze.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import quanze.decision.Decision;
import quanze.decision.DecisionKind;
import quanze.delegation.DelegationCase;
import quanze.engine.Registry;
import quanze.engine.delegation.DelegationEngine;
import quanze.engine.delegation.Receivers;
import quanze.report.Verdicts;

/** Decides every row of an imported 赋权事项清单: one decision per receiver, tallied per row. */
public final class DelegationVetting {
    private DelegationVetting() {
    }

    public record Result(DelegationCatalog.Rows rows, List<List<Decision>> decisionsByRow, Verdicts verdicts) {
        public List<Decision> decisions() {
            return decisionsByRow.stream().flatMap(List::stream).toList();
        }
    }

    public static Result vet(DelegationCatalog.Rows rows, Registry registry, DelegationEngine engine, LocalDate asOf) {
        List<DelegationCase> cases = new ArrayList<>(rows.cases());
        for (DelegationCatalog.Row row : rows.rows()) {
            cases.addAll(DelegationEngine.cases(row.delegation(), row.receivers(), registry, asOf));
        }
        List<Decision> decisions = engine.decide(cases);
        Verdicts verdicts = new Verdicts(DecisionKind.DELEGATION);
        List<List<Decision>> byRow = new ArrayList<>(rows.rows().size());
        int next = 0;
        for (DelegationCatalog.Row row : rows.rows()) {
            int n = row.receivers().size();
            List<Decision> own = decisions.subList(next, next + n);
            next += n;
            byRow.add(own);
            verdicts.add(row.rowNumber(), own, row.receivers().stream().map(Receivers.Receiver::name).toList());
        }
        return new Result(rows, byRow, verdicts);
    }
}
