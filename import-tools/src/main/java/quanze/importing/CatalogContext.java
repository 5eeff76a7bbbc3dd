package quanze.importing;

import java.util.Collection;
import quanze.engine.PowerHoldings;
import quanze.engine.Registry;
import quanze.engine.duty.DutyLists;

/**
 * What a list is judged against besides its own rows: the township registry, the townships' current duty lists
 * (DUTY) and who already holds which power (ADM-03, TER). The service answers from its database, the command line
 * from the other files it was given.
 */
public interface CatalogContext {
    Registry registry();

    /** The current three duty lists of these townships. */
    DutyLists duties(Collection<String> townshipCodes);

    /** The powers these townships hold by the current delegation lists. */
    PowerHoldings holdings(Collection<String> townshipCodes);
}
