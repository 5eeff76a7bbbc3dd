package quanze.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import quanze.engine.RuleBase;

/** Issue #5 "done when", through the REST API. */
class OrgAndParametersTest extends ApiTestBase {
    static final String JS_TOWN = "乡镇代码,乡镇名称,类型,所属县（市、区）,规则配置,户籍人口,综合行政执法队伍,持证执法人员数,党政机构数,事业单位数,省委编办批准文号\n"
            + "320583102,周庄镇,镇,昆山市,JS,120000,是,10,5,3,%s\n";

    ResultActions decideOrg(String township) throws Exception {
        return mvc.perform(post("/api/v1/decisions/org").with(httpBasic("editorial", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"township\":\"" + township + "\"}"));
    }

    void importRegistry(String csv) throws Exception {
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "昆山市名册.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("kind", "townships").with(httpBasic("editorial", "demo")))
                .andExpect(status().isCreated());
    }

    @Test
    void theSameEightBodyJiangsuTownIsInvalidWithoutApprovalAndValidWithIt() throws Exception {
        importRegistry(JS_TOWN.formatted(""));
        decideOrg("周庄镇").andExpect(jsonPath("$.outcome").value("INVALID"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("ORG-01"))
                .andExpect(jsonPath("$.findings[0].citations[*].source").value(hasItem("JS")));
        importRegistry(JS_TOWN.formatted("苏编办复〔2020〕12号"));
        decideOrg("周庄镇").andExpect(jsonPath("$.outcome").value("VALID"))
                .andExpect(jsonPath("$.parameters").value(hasItem("JS 机构总数上限（经批准）=9（2020-01-08起，JS §17）")));
    }

    @Test
    void aGansuClassThreeTownshipWithFivePartyGovernmentBodiesIsInvalidCitingTw6Section1() throws Exception {
        decideOrg("北城铺镇")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("ORG"))
                .andExpect(jsonPath("$.outcome").value("INVALID"))
                .andExpect(jsonPath("$.findings[*].ruleId").value(contains("ORG-01")))
                .andExpect(jsonPath("$.findings[0].citations[0].source").value("TW6"))
                .andExpect(jsonPath("$.findings[0].citations[0].clause").value("§1"));
    }

    @Test
    void replacingTheParameterWorkbookChangesTheNextDecisionAndLeavesStoredOnesUntouched() throws Exception {
        byte[] original = RuleBase.read(getClass().getClassLoader(), RuleBase.PARAMETERS);
        String before = decideOrg("北城铺镇").andExpect(jsonPath("$.outcome").value("INVALID"))
                .andReturn().getResponse().getContentAsString();
        String beforeId = JsonPath.read(before, "$.id");
        String beforeVersion = JsonPath.read(before, "$.ruleSetVersion");
        try {
            putParameters("admin", withRow(original, "GS", "党政机构上限（三类）", "5", "2020-01-02", "TW6", "§1"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.ruleSetVersion").value(not(beforeVersion)))
                    .andExpect(jsonPath("$.parameters[?(@.profile == 'GS' && @.name == '党政机构上限（三类）')].value")
                            .value(contains("5")));
            decideOrg("北城铺镇").andExpect(jsonPath("$.outcome").value("VALID"))
                    .andExpect(jsonPath("$.ruleSetVersion").value(not(beforeVersion)));
            mvc.perform(get("/api/v1/decisions/" + beforeId).with(httpBasic("justice", "demo")))
                    .andExpect(jsonPath("$.outcome").value("INVALID"))
                    .andExpect(jsonPath("$.ruleSetVersion").value(beforeVersion));
        } finally {
            putParameters("admin", original).andExpect(status().isOk());
        }
        decideOrg("北城铺镇").andExpect(jsonPath("$.ruleSetVersion").value(beforeVersion));
    }

    @Test
    void aBadWorkbookIsRefusedWholeWithEveryProblemAndOnlyAnAdminMayReplaceIt() throws Exception {
        byte[] original = RuleBase.read(getClass().getClassLoader(), RuleBase.PARAMETERS);
        putParameters("admin", withRow(original, "GS", "党政机构上限（三类）", "5", "明年", "TW6", "§1"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("参数表未启用：共1个问题，请改正后重新上传；现行参数表不变"))
                .andExpect(jsonPath("$.problems[0].row").value(32))
                .andExpect(jsonPath("$.problems[0].column").value("生效日期"));
        putParameters("editorial", original).andExpect(status().isForbidden());
        decideOrg("北城铺镇").andExpect(jsonPath("$.outcome").value("INVALID"));
    }

    @Test
    void theParametersInForceAreListedWithTheirSources() throws Exception {
        mvc.perform(get("/api/v1/rules/parameters").param("asOf", "2026-11-23"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters[?(@.profile == 'GS' && @.name == '党政机构上限（三类）')].source")
                        .value(contains("TW6")))
                .andExpect(jsonPath("$.parameters[?(@.profile == 'JS' && @.name == '借调每年最长月数')].value")
                        .value(contains("3")));
    }

    @Test
    void theDemoOrganisationSheetsAreImportedWithADecisionPerRow() throws Exception {
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "借调人员表.csv", "text/csv",
                        java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "demo", "tongwei-secondments.csv"))))
                        .param("kind", "secondments").param("county", "通渭县").with(httpBasic("editorial", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rows").value(4))
                .andExpect(jsonPath("$.outcomes.INVALID").value(2));
        mvc.perform(get("/api/v1/decisions").param("kind", "ORG").param("outcome", "INVALID")
                        .with(httpBasic("township-621121102", "demo")))
                .andExpect(jsonPath("$[*].findings[*].ruleId").value(hasItem("ORG-04")));
    }

    ResultActions putParameters(String user, byte[] workbook) throws Exception {
        return mvc.perform(multipart(HttpMethod.PUT, "/api/v1/admin/parameters")
                .file(new MockMultipartFile("file", "parameters.csv", "text/csv", workbook))
                .with(httpBasic(user, "demo")));
    }

    /** The parameter table (CSV) with one more line. */
    static byte[] withRow(byte[] table, String... cells) {
        String text = new String(table, java.nio.charset.StandardCharsets.UTF_8);
        return (text + String.join(",", cells) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
