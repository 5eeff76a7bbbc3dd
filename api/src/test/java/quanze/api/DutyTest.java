package quanze.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/** Issue #9 "done when", through the REST API, against the demo townships' duty lists. */
class DutyTest extends ApiTestBase {

    ResultActions admit(String department, String task, String role) throws Exception {
        return admit("ZR-DUTY", department, task, role);
    }

    ResultActions admit(String requestId, String department, String task, String role) throws Exception {
        return mvc.perform(post("/api/v1/decisions/admissions").with(httpBasic("editorial", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"requestId":"%s","type":"准入","department":"%s","taskName":"%s","category":"行政事务",
                         "townships":["平襄镇"],"legalBasis":"依据","handover":"交由承担","shiftMechanism":"无",
                         "townshipRole":"%s","requiresCounterpartBody":false,"opinionsHeard":true,
                         "opinions":[{"township":"平襄镇","opinion":"同意"}],"staffing":1,"fundingWan":10,
                         "countyApprovalDoc":"通政办发〔2026〕30号","status":"拟实施","reason":"点多面广"}""".formatted(requestId, department,
                        task, role)));
    }

    @Test
    void aTaskTheDepartmentTookBackIsRejectedCitingLzqdAndNamingTheListItem() throws Exception {
        admit("县自然资源局", "不动产登记", "配合责任")
                .andExpect(jsonPath("$.outcome").value("REJECT"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("DUTY-01"))
                .andExpect(jsonPath("$.findings[0].message").value(containsString("SH-001 不动产登记")))
                .andExpect(jsonPath("$.findings[0].citations[0].source").value("LZQD"))
                .andExpect(jsonPath("$.rulesEvaluated").value(hasItem("DUTY-05")));
    }

    @Test
    void aRequestInTheNameOfATaskForceIsRejectedCitingLx24() throws Exception {
        admit("县农村人居环境整治工作专班", "农村改厕后续管护", "配合责任")
                .andExpect(jsonPath("$.outcome").value("REJECT"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("DUTY-03"))
                .andExpect(jsonPath("$.findings[0].citations[0].source").value("LX24"));
    }

    @Test
    void aCompleteRequestForAnOffListTaskIsAdmittedAndItsListAmendmentIsPendingUntilAListContainsIt() throws Exception {
        // LX24: an off-list task is what 准入 is for; admitted, it names the amendment of the township's list
        admit("ZR-DUTY-AMEND", "县民政局", "农村婚丧事宜备案", "主体责任")
                .andExpect(jsonPath("$.outcome").value("ADMIT"))
                .andExpect(jsonPath("$.findings[*].ruleId").value(hasItem("DUTY-06")))
                .andExpect(jsonPath("$.findings[*].ruleId").value(org.hamcrest.Matchers.not(hasItem("DUTY-04"))))
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'DUTY-06')].message").value(hasItem(containsString("基本履职事项清单"))))
                .andExpect(jsonPath("$.listAmendments[0].township").value(PINGXIANG))
                .andExpect(jsonPath("$.listAmendments[0].list").value("BASIC"))
                .andExpect(jsonPath("$.listAmendments[0].itemName").value("农村婚丧事宜备案"))
                .andExpect(jsonPath("$.listAmendments[0].reason").value("点多面广"))
                .andExpect(jsonPath("$.listAmendments[0].status").value("PENDING"));
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/duties").param("list", "BASIC"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '农村婚丧事宜备案')].status").value(hasItem("PENDING")));
        // a delegation of the same task to the same township is covered by the admitted request: no DUTY-04
        delegateToPingxiang("TW-QT-900", "农村婚丧事宜备案", "县民政局")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.findings[*].ruleId").value(org.hamcrest.Matchers.not(hasItem("DUTY-04"))));
    }

    @Test
    void aDelegationOfATaskOnNoListOfTheTownshipMustGoThroughAdmissionFirst() throws Exception {
        delegateToPingxiang("TW-QT-901", "农村集体经济合同备案", "县农业农村局")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("CORRECT"))
                .andExpect(jsonPath("$.findings[*].ruleId").value(hasItem("DUTY-04")));
    }

    /** A lawful delegation of a (non-enforcement) power to 平襄镇: only the duty lists can find anything. */
    ResultActions delegateToPingxiang(String itemCode, String itemName, String department) throws Exception {
        return mvc.perform(post("/api/v1/decisions/delegations").with(httpBasic("editorial", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"itemCode":"%s","itemName":"%s","category":"其他行政权力","legalBasis":"依据",
                         "fromDepartment":"%s","receiver":"平襄镇","mode":"下放","published":true,"townshipOpinion":"同意",
                         "support":["人员"],"inGuidanceCatalog":true}""".formatted(itemCode, itemName, department)));
    }

    @Test
    void aNearMatchIsShownWithItsScore() throws Exception {
        admit("县市场监督管理局", "对特种设备的安全监察", "配合责任")
                .andExpect(jsonPath("$.outcome").value("ADMIT"))
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'DUTY-05')].message")
                        .value(hasItem(containsString("相似度0.75"))));
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/duties/match").param("task", "对特种设备的安全监察"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].itemNo").value("PH-001"))
                .andExpect(jsonPath("$[0].name").value("特种设备安全监督检查"))
                .andExpect(jsonPath("$[0].list").value("COOPERATING"))
                .andExpect(jsonPath("$[0].similarity").value(0.75));
    }

    @Test
    void aTownshipsListsAreOpenAndFilteredByList() throws Exception {
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/duties").param("list", "RECLAIMED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].list").value(everyItem(is("RECLAIMED"))))
                .andExpect(jsonPath("$[*].name").value(hasItem("不动产登记")))
                .andExpect(jsonPath("$[0].leadDepartment").value("县自然资源局"));
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/duties").param("list", "上级部门收回事项"))
                .andExpect(jsonPath("$[*].list").value(everyItem(is("RECLAIMED"))));
    }

    @Test
    void aCooperatingItemWithoutItsLeadDepartmentIsAnImportError() throws Exception {
        String csv = "乡镇,清单类型,事项编号,事项名称,牵头部门\n平襄镇,配合履职事项,PH-099,燃气安全检查,\n";
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "履职清单.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("kind", "duties").with(httpBasic("editorial", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("牵头部门"))
                .andExpect(jsonPath("$.problems[0].message").value("配合履职事项必须写明牵头部门"));
    }
}
