package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class DelegationDecisionTest extends ApiTestBase {
    static final String PENALTY_WITHOUT_PROVINCIAL_DECISION = """
            {"itemCode":"TW-CF-004","itemName":"对未经许可在河道管理范围内采砂的处罚","category":"行政处罚",
             "legalBasis":"《中华人民共和国河道管理条例》第四十四条","fromDepartment":"县水务局","receiver":"陇阳镇",
             "mode":"下放","published":true,"townshipOpinion":"同意","support":["STAFF"],"inGuidanceCatalog":true,
             "lastEvaluated":"2025-06-30"}""";

    @Autowired
    ObjectMapper json;

    ResultActions decide(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/decisions/delegations").param("asOf", "2026-11-23")
                .with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aPenaltyDevolvedWithoutProvincialDecisionIsDeniedCitingTheLawAndStored() throws Exception {
        String body = decide("editorial", PENALTY_WITHOUT_PROVINCIAL_DECISION)
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.kind").value("DELEGATION"))
                .andExpect(jsonPath("$.outcome").value("DENY"))
                .andExpect(jsonPath("$.findings", hasSize(1)))
                .andExpect(jsonPath("$.findings[0].ruleId").value("DLG-05"))
                .andExpect(jsonPath("$.findings[0].severity").value("BLOCKING"))
                .andExpect(jsonPath("$.findings[0].fields[0]").value("provincialDecisionDoc"))
                .andExpect(jsonPath("$.findings[0].citations[0].source").value("XZCF"))
                .andExpect(jsonPath("$.findings[0].citations[0].clause").value("第二十四条"))
                .andExpect(jsonPath("$.findings[0].citations[1].source").value("JS"))
                .andExpect(jsonPath("$.rulesEvaluated", org.hamcrest.Matchers.hasItems("DLG-01", "DLG-14", "DUTY-01", "DUTY-03")))
                .andExpect(jsonPath("$.ruleSetVersion").value(org.hamcrest.Matchers.startsWith("sha256:")))
                .andExpect(jsonPath("$.input.category").value("PENALTY"))
                .andReturn().getResponse().getContentAsString();
        JsonNode made = json.readTree(body);
        String again = mvc.perform(get("/api/v1/decisions/" + made.get("id").asText()).with(httpBasic("justice", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(again)).isEqualTo(made);
    }

    @Test
    void aJusticeReviewerMayDecideTooAndAVillageReceiverIsDenied() throws Exception {
        decide("justice", PENALTY_WITHOUT_PROVINCIAL_DECISION.replace("陇阳镇", "温泉村委会")
                .replace("\"mode\":\"下放\"", "\"mode\":\"委托\",\"entrustmentDoc\":\"通水委字〔2021〕1号\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("DENY"))
                .andExpect(jsonPath("$.findings[*].ruleId").value(org.hamcrest.Matchers.contains("DLG-02")));
    }

    @Test
    void aMalformedBodyIsA400ThatNamesTheProblem() throws Exception {
        decide("editorial", "{\"itemCode\":")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求内容有误：1处需要修改"))
                .andExpect(jsonPath("$.problems[0].field").value("$"));
    }

    @Test
    void missingRequiredFieldsAreEachListed() throws Exception {
        decide("editorial", "{\"itemCode\":\"X\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field").value(org.hamcrest.Matchers.contains(
                        "itemName", "category", "fromDepartment", "receiver", "mode")))
                .andExpect(jsonPath("$.problems[0].message").value("必填"));
    }

    @Test
    void anUnknownCodeNamesTheFieldAndTheAcceptedValues() throws Exception {
        decide("editorial", PENALTY_WITHOUT_PROVINCIAL_DECISION.replace("\"行政处罚\"", "\"行政审批\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("category"))
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("行政许可")));
    }

    @Test
    void anUnknownReceiverIsA400OnTheReceiverField() throws Exception {
        int before = count("decision");
        decide("editorial", PENALTY_WITHOUT_PROVINCIAL_DECISION.replace("陇阳镇", "平安镇"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("receiver"))
                .andExpect(jsonPath("$.problems[0].message").value("承接主体“平安镇”不是乡镇名册中的乡镇（街道），也不是村（社区）"));
        assertThat(count("decision")).isEqualTo(before);
    }

    @Test
    void aLongItemCodeIsStoredAndAFieldOverTheLimitIsRefused() throws Exception {
        String longCode = "X".repeat(500);
        decide("editorial", PENALTY_WITHOUT_PROVINCIAL_DECISION.replace("\"itemCode\":\"", "\"itemCode\":\"" + longCode))
                .andExpect(status().isCreated());
        decide("editorial", PENALTY_WITHOUT_PROVINCIAL_DECISION.replace("\"itemCode\":\"", "\"itemCode\":\"" + "X".repeat(10_001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("$"))
                .andExpect(jsonPath("$.problems[0].message").value("字段内容过长，每个字段最多10000个字符"));
    }

    @Test
    void decidingNeedsAnEditorialOrJusticeAccount() throws Exception {
        mvc.perform(post("/api/v1/decisions/delegations").contentType(MediaType.APPLICATION_JSON)
                        .content(PENALTY_WITHOUT_PROVINCIAL_DECISION))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("请先登录"));
        decide("township-" + PINGXIANG, PENALTY_WITHOUT_PROVINCIAL_DECISION)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("当前账号无权进行此操作"));
        decide("editorial-wrong", PENALTY_WITHOUT_PROVINCIAL_DECISION).andExpect(status().isUnauthorized());
    }

    @Test
    void aTownshipReadsItsOwnDecisionsButNotAnotherTownships() throws Exception {
        String body = decide("editorial", PENALTY_WITHOUT_PROVINCIAL_DECISION.replace("陇阳镇", PINGXIANG))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asText();
        mvc.perform(get("/api/v1/decisions/" + id).with(httpBasic("township-" + PINGXIANG, "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/decisions/" + id).with(httpBasic("township-" + MAYING, "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("乡镇账号只能查看本乡镇的决定"));
        mvc.perform(get("/api/v1/decisions").param("kind", "DELEGATION").with(httpBasic("township-" + MAYING, "demo")))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id))));
        mvc.perform(get("/api/v1/decisions").param("township", PINGXIANG).param("outcome", "DENY")
                        .with(httpBasic("editorial", "demo")))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.hasItem(id)));
    }
}
