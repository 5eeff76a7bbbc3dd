package quanze.api.duty;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import quanze.api.problem.ApiException;
import quanze.api.problem.Problem;
import quanze.api.township.TownshipRepository;
import quanze.duty.DutyList;
import quanze.duty.ListAmendment;
import quanze.duty.ListItem;
import quanze.engine.duty.DutyLists;

/** api.md "Duty lists": a township's three lists, and the items closest to a task. */
@RestController
class DutyController {
    private final DutyRepository duties;
    private final TownshipRepository townships;

    DutyController(DutyRepository duties, TownshipRepository townships) {
        this.duties = duties;
        this.townships = townships;
    }

    /**
     * A list item, or (status PENDING) an amendment an admitted request requires and no imported list contains yet
     * (DUTY-06, api.md: shown beside the list until then); {@code reason} is the amendment's LX24 理由.
     */
    record Item(String itemNo, DutyList list, String name, String domain, String leadDepartment, String townshipDuties,
                String departmentDuties, String legalBasis, ListAmendment.Status status, String reason) {
        static Item of(ListItem i) {
            return new Item(i.itemNo(), i.list(), i.name(), i.domain(), i.leadDepartment(), i.townshipDuties(),
                    i.departmentDuties(), i.legalBasis(), null, null);
        }

        static Item of(ListAmendment a) {
            return new Item(null, a.list(), a.itemName(), null, null, a.townshipDuties(), null, a.legalBasis(), a.status(),
                    a.reason());
        }
    }

    @GetMapping("/api/v1/townships/{code}/duties")
    List<Item> lists(@PathVariable String code, @RequestParam(required = false) DutyList list,
                     @RequestParam(required = false) String q) {
        known(code);
        List<Item> out = new java.util.ArrayList<>(duties.of(code, list, q).stream().map(Item::of).toList());
        for (ListAmendment a : duties.amendmentsOf(code)) {
            if (a.status() == ListAmendment.Status.PENDING && (list == null || a.list() == list)
                    && (q == null || q.isBlank() || a.itemName().contains(q.strip()))) {
                out.add(Item.of(a));
            }
        }
        return out;
    }

    record Match(String itemNo, DutyList list, String name, double similarity) {
    }

    /** The list items closest to a task name, best first (1.0 = the same item after normalisation). */
    @GetMapping("/api/v1/townships/{code}/duties/match")
    List<Match> match(@PathVariable String code, @RequestParam String task) {
        known(code);
        if (task.isBlank()) {
            throw ApiException.badRequest(List.of(Problem.field("task", "必填")));
        }
        DutyLists lists = new DutyLists(duties.of(code, null, null));
        return lists.nearest(code, task, 5).stream()
                .map(s -> new Match(s.item().itemNo(), s.item().list(), s.item().name(),
                        Math.round(s.similarity() * 100) / 100.0))
                .toList();
    }

    private void known(String code) {
        townships.find(code).orElseThrow(() -> ApiException.notFound("没有代码为“" + code + "”的乡镇（街道）"));
    }
}
