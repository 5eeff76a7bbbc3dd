package quanze.api;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The published lists are open to anyone (api.md). */
class CatalogReadingTest extends ApiTestBase {

    @Test
    void theRuleCatalogueListsEveryDlgRuleWithSeverityAndCitations() throws Exception {
        mvc.perform(get("/api/v1/rules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.family == 'DLG')]", hasSize(17)))
                .andExpect(jsonPath("$[?(@.id == 'DLG-05')].severity").value("BLOCKING"))
                .andExpect(jsonPath("$[?(@.id == 'DLG-05')].title").value("处罚权下放缺省级决定"))
                .andExpect(jsonPath("$[?(@.id == 'DLG-05')].citations[0].source").value("XZCF"))
                .andExpect(jsonPath("$[*].citations", everyItem(not(hasSize(0)))));
    }

    @Test
    void anyoneCanListTheDemoTownships() throws Exception {
        mvc.perform(get("/api/v1/townships").param("county", "通渭县"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(18)))
                .andExpect(jsonPath("$[0].name").value("平襄镇"))
                .andExpect(jsonPath("$[0].profile").value("GS"));
        mvc.perform(get("/api/v1/townships/" + PINGXIANG)).andExpect(jsonPath("$.certifiedOfficers").value(12));
    }

    @Test
    void anUnknownTownshipIsAChineseNotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/townships/999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("没有代码为“999”的乡镇（街道）"));
    }

    @Test
    void theAuthorityListIsPagedAndFilteredByCategoryCodeOrLabelAndName() throws Exception {
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/authorities").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.total").value(25));
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/authorities").param("category", "行政强制"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].category", everyItem(is("COERCION"))))
                .andExpect(jsonPath("$.items[?(@.itemCode == 'TW-QZ-002')].outcome").value("DENY"))
                .andExpect(jsonPath("$.items[?(@.itemCode == 'TW-QZ-002')].ruleIds[0]").value("DLG-04"));
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/authorities").param("category", "PENALTY").param("q", "绿化"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].itemCode").value("TW-CF-008"))
                .andExpect(jsonPath("$.items[0].provincialDecisionDoc").value("甘政发〔2021〕68号"))
                .andExpect(jsonPath("$.items[0].decisionId", notNullValue()));
    }

    @Test
    void everyPageOfTheAuthorityListCarriesTheTotalEvenPastTheLastItem() throws Exception {
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/authorities").param("size", "10").param("page", "2"))
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.total").value(25));
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/authorities").param("size", "10").param("page", "3"))
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.total").value(25));
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/authorities").param("q", "没有这样的事项"))
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aTownshipOnlySeesItsOwnItems() throws Exception {
        mvc.perform(get("/api/v1/townships/621121105/authorities").param("size", "100"))
                .andExpect(jsonPath("$.items[*].itemCode", hasItem("TW-CF-003")))
                .andExpect(jsonPath("$.items[*].itemCode", not(hasItem("TW-CF-001"))))
                .andExpect(jsonPath("$.items[?(@.itemCode == 'TW-CF-003')].ruleIds[0]").value("DLG-07"));
    }

    @Test
    void anAuthorityListAsOfADateLeavesOutItemsNotYetInEffect() throws Exception {
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/authorities").param("asOf", "2021-03-01").param("size", "100"))
                .andExpect(jsonPath("$.items[*].effectiveFrom", everyItem(is("2021-01-01"))));
    }

    @Test
    void theOpenApiDocumentIsServed() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/decisions/delegations']", notNullValue()));
    }
}
