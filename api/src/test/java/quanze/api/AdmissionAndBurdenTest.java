package quanze.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Issue #3 "done when", through the REST API. */
class AdmissionAndBurdenTest extends ApiTestBase {
    static final String CHANGJIAHE = "621121104";
    static final String LONGYANG = "621121106";

    static String request(String id, String extra) {
        return """
                {"requestId":"%s","type":"准入","department":"县水务局","taskName":"农村供水工程水源地日常巡查",
                 "category":"行政事务","townships":["常家河镇","陇阳镇"],"legalBasis":"《农村供水工程管理办法》",
                 "handover":"交由承担","shiftMechanism":"无","townshipRole":"配合责任","requiresCounterpartBody":false,
                 "opinionsHeard":true,"opinions":[{"township":"常家河镇","opinion":"同意"}],"staffing":2,
                 "fundingWan":12,"countyApprovalDoc":"通政办发〔2026〕15号","status":"拟实施"%s}""".formatted(id, extra);
    }

    ResultActions postAs(String user, String path, String body) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aRequestThatShiftsADutyByResponsibilityContractIsRejectedCitingTw6Section13() throws Exception {
        postAs("editorial", "/api/v1/decisions/admissions",
                request("ZR-T-1", "").replace("\"shiftMechanism\":\"无\"", "\"shiftMechanism\":\"责任状\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("ADMISSION"))
                .andExpect(jsonPath("$.outcome").value("REJECT"))
                .andExpect(jsonPath("$.findings[*].ruleId").value(hasItem("ADM-02")))
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'ADM-02')].citations[0].source").value("TW6"))
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'ADM-02')].citations[0].clause").value("§13"));
    }

    @Test
    void aVetoBasedOnAProvincialDepartmentsDocumentIsAbolishedCitingTw6Section14() throws Exception {
        postAs("justice", "/api/v1/decisions/burdens", """
                {"code":"QL-T","name":"计划生育“一票否决”","type":"一票否决","settingUnit":"县卫生健康局",
                 "basisDocument":"省卫生健康委员会文件","issuerLevel":"省级部门","basisExplicit":true}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("BURDEN"))
                .andExpect(jsonPath("$.outcome").value("ABOLISH"))
                .andExpect(jsonPath("$.findings[*].ruleId").value(contains("ASM-01")))
                .andExpect(jsonPath("$.findings[0].citations[0].source").value("TW6"))
                .andExpect(jsonPath("$.findings[0].citations[0].clause").value("§14"));
    }

    @Test
    void aRequestReturnedForOneUnheardTownshipIsAdmittedOnceThatTownshipAgrees() throws Exception {
        postAs("editorial", "/api/v1/admissions", request("ZR-T-2", ""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision.outcome").value("RETURN"))
                .andExpect(jsonPath("$.decision.findings[*].ruleId").value(contains("ADM-07")))
                .andExpect(jsonPath("$.decision.findings[0].message").value(org.hamcrest.Matchers.containsString("陇阳镇尚未提出意见")));
        mvc.perform(get("/api/v1/admissions").with(httpBasic("township-" + LONGYANG, "demo")))
                .andExpect(jsonPath("$[*].request.requestId").value(hasItem("ZR-T-2")));
        postAs("township-" + LONGYANG, "/api/v1/admissions/ZR-T-2/opinions", "{\"opinion\":\"同意\",\"reason\":\"已落实巡查员\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.outcome").value("ADMIT"))
                .andExpect(jsonPath("$.decisionHistory", hasSize(2)))
                .andExpect(jsonPath("$.request.opinions[?(@.township == '陇阳镇')].reason").value("已落实巡查员"));
        mvc.perform(get("/api/v1/admissions/ZR-T-2").with(httpBasic("justice", "demo")))
                .andExpect(jsonPath("$.decision.outcome").value("ADMIT"));
        // the first decision is kept as it was made
        String first = mvc.perform(get("/api/v1/admissions/ZR-T-2").with(httpBasic("justice", "demo")))
                .andReturn().getResponse().getContentAsString();
        String firstId = com.jayway.jsonpath.JsonPath.read(first, "$.decisionHistory[0]");
        mvc.perform(get("/api/v1/decisions/" + firstId).with(httpBasic("justice", "demo")))
                .andExpect(jsonPath("$.outcome").value("RETURN"));
    }

    @Test
    void aTownshipNotAddressedByTheRequestMayNotRecordAnOpinion() throws Exception {
        postAs("editorial", "/api/v1/admissions", request("ZR-T-3", "")).andExpect(status().isCreated());
        postAs("township-" + PINGXIANG, "/api/v1/admissions/ZR-T-3/opinions", "{\"opinion\":\"同意\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("本乡镇不在该申请的承接乡镇之中，不能提出意见"));
        postAs("editorial", "/api/v1/admissions/ZR-T-3/opinions", "{\"opinion\":\"同意\"}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admissions").param("township", CHANGJIAHE).with(httpBasic("township-" + PINGXIANG, "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheEditorialOfficeRegistersRequestsAndAnIdIsRegisteredOnce() throws Exception {
        postAs("justice", "/api/v1/admissions", request("ZR-T-4", "")).andExpect(status().isForbidden());
        postAs("editorial", "/api/v1/admissions", request("ZR-T-5", "")).andExpect(status().isCreated());
        postAs("editorial", "/api/v1/admissions", request("ZR-T-5", ""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.problems[0].field").value("requestId"));
    }

    @Test
    void aRequestMissingFieldsOrNamingAnUnknownTownshipIsABadRequest() throws Exception {
        postAs("editorial", "/api/v1/decisions/admissions", "{\"requestId\":\"X\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field").value(contains("type", "department", "taskName", "category",
                        "townships", "handover", "opinionsHeard", "status")));
        postAs("editorial", "/api/v1/decisions/admissions", request("ZR-T-6", "").replace("陇阳镇", "平安镇"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("townships"));
        postAs("editorial", "/api/v1/decisions/burdens", "{\"code\":\"X\",\"type\":\"评选\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("type"));
    }

    @Test
    void theDemoWorkflowRequestWaitsForLongyang() throws Exception {
        mvc.perform(get("/api/v1/admissions/ZR-2026-101").with(httpBasic("township-" + LONGYANG, "demo")))
                .andExpect(jsonPath("$.request.townships", contains("常家河镇", "陇阳镇")));
        mvc.perform(get("/api/v1/admissions").with(httpBasic("township-" + CHANGJIAHE, "demo")))
                .andExpect(jsonPath("$[*].request.requestId").value(hasItem("ZR-2026-101")));
    }

    @Test
    void theDemoAdmissionAndCleanUpListsAreImported() throws Exception {
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                "select count(*) from catalog_import where kind in ('admissions', 'burdens') and is_current and county = '通渭县'")
                .query(Integer.class).single()).isEqualTo(2);
    }
}
