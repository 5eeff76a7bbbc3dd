package quanze.api.imports;

import java.util.Collection;
import org.springframework.stereotype.Component;
import quanze.api.delegation.DelegationItemRepository;
import quanze.api.duty.DutyRepository;
import quanze.api.township.TownshipRepository;
import quanze.engine.PowerHoldings;
import quanze.engine.Registry;
import quanze.engine.duty.DutyLists;
import quanze.importing.CatalogContext;

/** What an uploaded list is judged against, from the database: the registry, current duty lists and holdings. */
@Component
class StoredContext implements CatalogContext {
    private final TownshipRepository townships;
    private final DutyRepository duties;
    private final DelegationItemRepository items;

    StoredContext(TownshipRepository townships, DutyRepository duties, DelegationItemRepository items) {
        this.townships = townships;
        this.duties = duties;
        this.items = items;
    }

    @Override
    public Registry registry() {
        return townships.registry();
    }

    @Override
    public DutyLists duties(Collection<String> townshipCodes) {
        return duties.current(townshipCodes);
    }

    @Override
    public PowerHoldings holdings(Collection<String> townshipCodes) {
        return items.holdings(townshipCodes);
    }
}
