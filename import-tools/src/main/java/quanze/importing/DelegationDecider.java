package quanze.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import quanze.decision.Decision;
import quanze.delegation.DelegationCase;
import quanze.engine.Registry;
import quanze.engine.delegation.DelegationEngine;
import quanze.engine.duty.DutyLists;

/**
 * Decides delegation rows as they come, {@link Vetting#CHUNK} cases to an engine call (which spreads over every core),
 * handing each row on with its decisions, one per receiver, in the order the rows came. A list is decided the
 * same whether it was read whole first (the service) or streams past (vet of a nation's list).
 */
public final class DelegationDecider implements Consumer<DelegationCatalog.Row> {
    /** What becomes of one decided row: kept whole (the service stores it) or only its verdict (vet). */
    public interface Decided {
        void row(DelegationCatalog.Row row, List<Decision> decisions, List<Vetting.Subject> about);
    }

    private final Registry registry;
    private final DelegationEngine engine;
    private final DutyLists duties;
    private final LocalDate asOf;
    private final Decided sink;
    private final IntConsumer progress;
    private List<DelegationCatalog.Row> pending = new ArrayList<>();
    private List<DelegationCase> cases = new ArrayList<>();
    private int done;

    public DelegationDecider(Registry registry, DelegationEngine engine, DutyLists duties, LocalDate asOf, Decided sink,
                             IntConsumer progress) {
        this.registry = registry;
        this.engine = engine;
        this.duties = duties;
        this.asOf = asOf;
        this.sink = sink;
        this.progress = progress;
    }

    @Override
    public void accept(DelegationCatalog.Row row) {
        pending.add(row);
        cases.addAll(DelegationEngine.cases(row.delegation(), row.receivers(), registry, asOf));
        if (cases.size() >= Vetting.CHUNK) {
            flush();
        }
    }

    /** Decides what is left; call once after the last row. */
    public void finish() {
        if (!pending.isEmpty()) {
            flush();
        }
    }

    private void flush() {
        List<Decision> decisions = engine.decide(cases, duties);
        int next = 0;
        for (DelegationCatalog.Row row : pending) {
            int n = row.receivers().size();
            sink.row(row, decisions.subList(next, next + n), row.receivers().stream()
                    .map(x -> new Vetting.Subject(x.village() ? null : x.township().code(), row.delegation().itemCode(), x.name()))
                    .toList());
            next += n;
        }
        done += pending.size();
        pending = new ArrayList<>();
        cases = new ArrayList<>();
        progress.accept(done);
    }
}
