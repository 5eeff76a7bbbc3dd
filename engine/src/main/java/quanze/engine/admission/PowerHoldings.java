package quanze.engine.admission;

import quanze.township.Township;

/**
 * Whether a township lawfully holds the power a task needs (ADM-03): a delegation hands it that
 * power and the delegation's own decision is not DENY.
 */
@FunctionalInterface
public interface PowerHoldings {
    boolean holds(Township township, String taskName);

    PowerHoldings NONE = (t, task) -> false;
}
