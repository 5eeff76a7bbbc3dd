package quanze.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue #14 through the REST API: rows a reviewer writes from the documents' wording, and the inputs api.md
 * "Numbers and dates" and "Organisation records" refuse.
 */
class DocumentWordingTest extends ApiTestBase {

    ResultActions post(String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(httpBasic("justice", "demo")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String admission(String fields) {
        return merge("""
                {"requestId":"ZR-DOC","type":"准入","department":"县水务局","taskName":"农村改厕后续管护","category":"行政事务",
                 "townships":["平襄镇"],"legalBasis":"《中华人民共和国水法》","handover":"交由承担","shiftMechanism":"无",
                 "townshipRole":"配合责任","requiresCounterpartBody":false,"opinionsHeard":true,
                 "opinions":[{"township":"平襄镇","opinion":"同意"}],"staffing":1,"fundingWan":10,
                 "countyApprovalDoc":"通政办发〔2026〕30号","status":"拟实施"}""", fields);
    }

    /** The base body with the fields of {@code changes} (", \"a\":1, …") put over it. */
    static String merge(String base, String changes) {
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(base);
            if (!changes.isBlank()) {
                node.setAll((com.fasterxml.jackson.databind.node.ObjectNode) json.readTree("{" + changes.strip().substring(1) + "}"));
            }
            return json.writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String delegation(String fields) {
        return merge("""
                {"itemCode":"TW-DOC-1","itemName":"对违法建筑的处理","category":"行政强制","legalBasis":"《中华人民共和国城乡规划法》第六十八条",
                 "fromDepartment":"县住房和城乡建设局","receiver":"平襄镇","mode":"下放","published":true,"townshipOpinion":"同意",
                 "support":["人员"],"inGuidanceCatalog":true}""", fields);
    }

    @Test
    void handingRiverSandMiningSupervisionToATownshipAsPrimaryInTheNameOfLocalManagementIsRejected() throws Exception {
        post("/api/v1/decisions/admissions", admission(", \"taskName\":\"河道采砂监督管理\",\"townshipRole\":\"主体责任\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("REJECT"))
                .andExpect(jsonPath("$.findings[*].ruleId").value(hasItem("ADM-03")));
    }

    @Test
    void anEnforcementPowerTheTownshipRefusedCannotBeAdmittedWhateverResponseIsAttached() throws Exception {
        post("/api/v1/decisions/admissions", admission(", \"taskName\":\"对违法设置户外广告的处罚\",\"category\":\"行政处罚\",\"provincialDecisionDoc\":\"甘政发〔2021〕68号\",                 \"opinions\":[{\"township\":\"平襄镇\",\"opinion\":\"不同意\"}],\"opinionResponse\":\"已答复\""))
                .andExpect(jsonPath("$.outcome").value("REJECT"))
                .andExpect(jsonPath("$.findings[*].ruleId").value(hasItem("DLG-08")))
                .andExpect(jsonPath("$.findings[*].ruleId").value(hasItem("ADM-06")));
    }

    @Test
    void applyingToTheCourtForEnforcementIsNoForcedExecutionButAForcedDemolitionIs() throws Exception {
        post("/api/v1/decisions/delegations", delegation(", \"itemName\":\"申请人民法院强制执行\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.findings[*].ruleId").value(not(hasItem("DLG-04"))));
        post("/api/v1/decisions/delegations", delegation(", \"itemName\":\"违法建筑强制拆除\", \"category\":\"其他行政权力\""))
                .andExpect(jsonPath("$.outcome").value("DENY"))
                .andExpect(jsonPath("$.findings[*].ruleId").value(hasItem("DLG-04")));
    }

    @Test
    void aVillageCommitteeWrittenShortIsAReceiverTheRulesJudgeNotABadRequest() throws Exception {
        post("/api/v1/decisions/delegations", delegation(", \"category\":\"行政确认\", \"itemName\":\"低保对象确认\", \"receiver\":\"碧玉村村委\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("DENY"))
                .andExpect(jsonPath("$.findings[*].ruleId").value(hasItem("DLG-02")));
    }

    @Test
    void cooperatingDutiesThatAlsoDemolishBreakTer03AndATownshipGovernmentNamedInFullIsATownship() throws Exception {
        post("/api/v1/decisions/responsibilities", """
                {"matters":[{"matterCode":"DOC-1","domain":"城乡建设","matterName":"违法建设治理","primaryUnits":["县住房和城乡建设局"],
                  "cooperatingUnits":["平襄镇人民政府"],"cooperatingDuties":"日常巡查、发现报告、协助调查取证并依法拆除违法建筑",
                  "townships":["平襄镇"],"legalBasis":"《中华人民共和国城乡规划法》"}]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].findings[*].ruleId").value(hasItem("TER-03")));
    }

    @Test
    void aVetoWithNoIssuerLevelIsReturnedForItsBasisNotAbolished() throws Exception {
        post("/api/v1/decisions/burdens", """
                {"code":"QL-DOC","name":"安全生产“一票否决”","type":"一票否决","settingUnit":"县应急管理局","county":"通渭县"}""")
                .andExpect(jsonPath("$.outcome").value("REVIEW"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("ASM-07"));
    }

    @Test
    void negativeSupportFiguresAreABadRequestNamingTheField() throws Exception {
        post("/api/v1/decisions/admissions", admission(", \"staffing\":-5, \"fundingWan\":-10"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field").value(containsInAnyOrder("staffing", "fundingWan")))
                .andExpect(jsonPath("$.problems[*].message").value(containsInAnyOrder("配套编制不能为负数", "配套经费不能为负数")));
    }

    @Test
    void anEvaluationInTheFutureAndADateBefore1949AreBadRequests() throws Exception {
        post("/api/v1/decisions/delegations", delegation(", \"lastEvaluated\":\"2099-01-01\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("lastEvaluated"))
                .andExpect(jsonPath("$.problems[0].message").value("最近评估日期2099-01-01晚于今天，评估不能发生在将来"));
        post("/api/v1/decisions/delegations", delegation(", \"effectiveFrom\":\"1900-01-01\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("effectiveFrom"))
                .andExpect(jsonPath("$.problems[0].message").value("“1900-01-01”无效，应为1949年至2100年之间的日期"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/decisions/delegations")
                        .param("asOf", "2101-01-01").with(httpBasic("justice", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(delegation("")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("asOf"))
                .andExpect(jsonPath("$.problems[0].message").value("“2101-01-01”超出范围，应为1949年至2100年之间的日期"));
    }

    @Test
    void aSecondmentWithoutPersonAndAPlaqueWithoutNameAreBadRequestsNeverANullFinding() throws Exception {
        post("/api/v1/decisions/org", """
                {"township":"平襄镇","secondments":[{}],
                 "plaques":[{"township":"平襄镇","requiredBy":"县应急管理局"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field").value(containsInAnyOrder("secondments[0].person",
                        "secondments[0].township", "secondments[0].start", "plaques[0].name")))
                .andExpect(jsonPath("$.problems[*].message").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("必填"))));
        post("/api/v1/decisions/org", """
                {"township":"平襄镇","secondments":[{"person":"张某","township":"平襄镇","borrowingUnit":"县委办",
                  "start":"2026-09-01","end":"2026-08-01"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("secondments[0].end"))
                .andExpect(jsonPath("$.problems[0].message").value("结束日期2026-08-01早于开始日期2026-09-01"));
        // an empty or blank name is no name
        post("/api/v1/decisions/org", """
                {"township":"平襄镇","secondments":[{"person":" ","township":"平襄镇","start":"2026-09-01"}],
                 "plaques":[{"township":"平襄镇","name":""}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].field").value(containsInAnyOrder("secondments[0].person", "plaques[0].name")));
    }

    @Test
    void aGansuSecondmentWithoutTheHumanResourcesApprovalIsInvalid() throws Exception {
        post("/api/v1/decisions/org", """
                {"township":"平襄镇","secondments":[{"person":"张某","township":"平襄镇","borrowingUnit":"县委办",
                  "start":"2026-09-01","end":"2026-10-01","townshipConsent":true,"orgApproval":true}]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.findings[*].ruleId").value(hasItem("ORG-04")))
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'ORG-04')].message").value(hasItem(
                        org.hamcrest.Matchers.containsString("人社部门"))));
    }

    @Test
    void aNullMatterIsABadRequestNamingItNotAServerError() throws Exception {
        post("/api/v1/decisions/responsibilities", "{\"matters\":[null]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("matters[0]"))
                .andExpect(jsonPath("$.problems[0].message").value("不能为空"));
    }
}
