package quanze.api.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import quanze.admission.RequestStatus;
import quanze.admission.TownshipRole;
import quanze.burden.BurdenType;
import quanze.catalog.Labeled;
import quanze.decision.Outcome;
import quanze.decision.Severity;
import quanze.delegation.Category;
import quanze.delegation.Mode;
import quanze.delegation.Opinion;
import quanze.duty.DutyList;

/** The Chinese label of every code the API returns, from the enums themselves: the web page shows these. */
@RestController
public class LabelsController {

    @GetMapping("/api/v1/labels")
    Map<String, Map<String, String>> labels() {
        return all();
    }

    /** The labels, also written into the web page itself (IndexPage) so it needs no request for them. */
    public static Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        out.put("outcome", of(Outcome.values()));
        out.put("severity", of(Severity.values()));
        out.put("category", of(Category.values()));
        out.put("mode", of(Mode.values()));
        out.put("opinion", of(Opinion.values()));
        out.put("burdenType", of(BurdenType.values()));
        out.put("dutyList", of(DutyList.values()));
        out.put("townshipRole", of(TownshipRole.values()));
        out.put("requestStatus", of(RequestStatus.values()));
        Map<String, String> kinds = new LinkedHashMap<>();
        for (quanze.importing.CatalogKind k : quanze.importing.CatalogKind.values()) {
            kinds.put(k.code(), k.title());
        }
        out.put("importKind", kinds);
        out.put("decisionKind", Map.of("DELEGATION", "赋权事项", "ADMISSION", "职责准入", "BURDEN", "考核与责任状",
                "RESPONSIBILITY", "属地管理责任", "ORG", "机构编制"));
        return out;
    }

    /** One kind of catalog the import takes (CatalogKind): its code and the title county staff know it by. */
    record CatalogKindView(String code, String title) {
    }

    /** The kinds of catalog, in the order the upload form offers them. */
    @GetMapping("/api/v1/catalog-kinds")
    List<CatalogKindView> catalogKinds() {
        return java.util.Arrays.stream(quanze.importing.CatalogKind.values())
                .map(k -> new CatalogKindView(k.code(), k.title())).toList();
    }

    private static Map<String, String> of(Labeled[] values) {
        Map<String, String> m = new LinkedHashMap<>();
        List.of(values).forEach(v -> m.put(v.name(), v.label()));
        return m;
    }
}
