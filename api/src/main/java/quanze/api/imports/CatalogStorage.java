package quanze.api.imports;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import quanze.admission.Admission;
import quanze.api.delegation.DelegationItemRepository;
import quanze.api.duty.DutyRepository;
import quanze.api.responsibility.MatterRepository;
import quanze.api.township.TownshipRepository;
import quanze.decision.Decision;
import quanze.duty.ListItem;
import quanze.importing.DelegationCatalog;
import quanze.importing.Vetted;
import quanze.importing.Vetting;
import quanze.responsibility.Matter;
import quanze.township.Township;

/**
 * Stores an imported list's rows where the service reads them from later — the registry, a township's powers, the
 * matters, the duty lists and the amendments an admission decision makes to them — each under its import.
 */
@Component
class CatalogStorage {
    private final JdbcClient jdbc;
    private final TownshipRepository townships;
    private final DelegationItemRepository items;
    private final MatterRepository matters;
    private final DutyRepository duties;

    CatalogStorage(JdbcClient jdbc, TownshipRepository townships, DelegationItemRepository items,
                   MatterRepository matters, DutyRepository duties) {
        this.jdbc = jdbc;
        this.townships = townships;
        this.items = items;
        this.matters = matters;
        this.duties = duties;
    }

    /**
     * @param byRow the list's decisions by row, as stored (with their ids); empty for a list that makes none
     */
    void store(String importId, Vetted vetted, List<List<Decision>> byRow) {
        // every kind has its own branch: a kind added to CatalogKind does not compile here until it is handled
        switch (vetted.kind()) {
            case TOWNSHIPS -> registry(importId, vetted.values(Township.class));
            case DELEGATIONS -> items.saveAll(importId, powers(vetted, byRow));
            case RESPONSIBILITIES -> matters.saveAll(importId, vetted.result().rowNumbers(), vetted.values(Matter.class));
            case ADMISSIONS -> {
                List<Admission> requests = vetted.values(Admission.class);
                for (int r = 0; r < byRow.size(); r++) {
                    for (Decision d : byRow.get(r)) {
                        duties.recordAmendments(d, requests.get(r).requestId());
                    }
                }
            }
            case DUTIES -> duties.saveAll(importId, vetted.values(ListItem.class));
            // their rows live in the decisions and the stored file
            case BURDENS, SECONDMENTS, APPOINTMENTS, PLAQUES -> {
            }
        }
    }

    /** One registry import at a time replaces townships (V11 service_lock), on any instance. */
    private void registry(String importId, List<Township> rows) {
        jdbc.sql("select name from service_lock where name = 'registry' for update").query(String.class).single();
        rows.stream().map(Township::county).distinct().forEach(county -> townships.replaceCounty(county,
                rows.stream().filter(t -> t.county().equals(county)).toList(), importId));
    }

    /** Each row's receivers with the decision on each: the powers a township's authority list shows. */
    private static List<DelegationItemRepository.Item> powers(Vetted vetted, List<List<Decision>> byRow) {
        List<DelegationCatalog.Row> rows = vetted.values(DelegationCatalog.Row.class);
        List<DelegationItemRepository.Item> list = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            addPowers(list, rows.get(r), vetted.result().subjectsByRow().get(r), byRow.get(r));
        }
        return list;
    }

    /** Stores the powers of delegation rows decided while the list streams past (ImportService), a batch at a time. */
    void storePowers(String importId, List<DelegationCatalog.Row> rows, List<List<Vetting.Subject>> subjects,
                     List<List<Decision>> byRow) {
        List<DelegationItemRepository.Item> list = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            addPowers(list, rows.get(r), subjects.get(r), byRow.get(r));
        }
        items.saveAll(importId, list);
    }

    private static void addPowers(List<DelegationItemRepository.Item> list, DelegationCatalog.Row row,
                                  List<Vetting.Subject> subjects, List<Decision> decisions) {
        for (int i = 0; i < row.receivers().size(); i++) {
            list.add(new DelegationItemRepository.Item(row.rowNumber(), row.receivers().get(i).name(),
                    subjects.get(i).townshipCode(), row.delegation(), decisions.get(i)));
        }
    }
}
