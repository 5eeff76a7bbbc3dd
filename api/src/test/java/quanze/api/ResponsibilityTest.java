package quanze.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** Issue #4 "done when", through the REST API. */
class ResponsibilityTest extends ApiTestBase {
    static final String CHANGJIAHE = "621121104";

    @Test
    void aTownshipAskingWhoIsResponsibleForIllegalLandUseGetsTheDepartmentAsPrimaryAndItsOwnCooperatingDuties()
            throws Exception {
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/responsibilities/SD-ZR-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matterName").value("违法占地查处"))
                .andExpect(jsonPath("$.primaryUnit").value("县自然资源局"))
                .andExpect(jsonPath("$.role").value("COOPERATING"))
                .andExpect(jsonPath("$.duties").value("日常巡查、发现报告、协助调查取证"))
                .andExpect(jsonPath("$.citations[0].source").value("TW6"))
                .andExpect(jsonPath("$.citations[0].clause").value("§4"))
                .andExpect(jsonPath("$.shouldBePrimary").doesNotExist())
                .andExpect(jsonPath("$.ruleIds").isEmpty());
    }

    @Test
    void aTownshipPrimaryForAPowerItDoesNotHoldIsFlaggedUntilTheDelegationListLawfullyHandsItThatPower()
            throws Exception {
        mvc.perform(get("/api/v1/townships/" + CHANGJIAHE + "/responsibilities/SD-ZR-03"))
                .andExpect(jsonPath("$.role").value("PRIMARY"))
                .andExpect(jsonPath("$.ruleIds", contains("TER-01")))
                .andExpect(jsonPath("$.shouldBePrimary").value("县自然资源局"))
                .andExpect(jsonPath("$.findings[0].severity").value("BLOCKING"))
                .andExpect(jsonPath("$.citations[?(@.source == 'JS')].clause").value(hasItem("§16")));

        // the county issues the written entrustment for TW-CF-006 to 常家河镇: the delegation becomes lawful
        String fixed = Files.readString(Path.of("..", "demo", "tongwei-delegations.csv"), StandardCharsets.UTF_8)
                .replace(",常家河镇,委托,,,", ",常家河镇,委托,,通自然资委字〔2026〕6号,");
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "赋权事项清单（修订）.csv", "text/csv",
                        fixed.getBytes(StandardCharsets.UTF_8))).param("kind", "delegations").param("county", "通渭县").with(httpBasic("editorial", "demo")))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/townships/" + CHANGJIAHE + "/responsibilities/SD-ZR-03"))
                .andExpect(jsonPath("$.role").value("PRIMARY"))
                .andExpect(jsonPath("$.primaryUnit").value("常家河镇"))
                .andExpect(jsonPath("$.ruleIds").isEmpty())
                .andExpect(jsonPath("$.shouldBePrimary").doesNotExist());
    }

    @Test
    void aListThatMakesATownshipPrimaryForAnInvestigationIsInvalidWithTheDepartmentNamed() throws Exception {
        mvc.perform(post("/api/v1/decisions/responsibilities").with(httpBasic("justice", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"matters":[{"matterCode":"T-1","domain":"城乡建设","matterName":"违法建设查处",
                                  "primaryUnits":["乡镇"],"cooperatingUnits":["县住房和城乡建设局"],
                                  "cooperatingDuties":"业务指导","townships":["平襄镇"],
                                  "legalBasis":"《中华人民共和国城乡规划法》第六十八条"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].kind").value("RESPONSIBILITY"))
                .andExpect(jsonPath("$[0].outcome").value("INVALID"))
                .andExpect(jsonPath("$[0].findings[0].ruleId").value("TER-01"))
                .andExpect(jsonPath("$[0].findings[0].message").value(org.hamcrest.Matchers.containsString("县住房和城乡建设局")));
    }

    @Test
    void aTownshipsListCanBeFilteredByDomain() throws Exception {
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/responsibilities").param("domain", "生态环境"))
                .andExpect(jsonPath("$[*].domain").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("生态环境"))))
                .andExpect(jsonPath("$[*].matterCode").value(hasItem("SD-ST-04")))
                .andExpect(jsonPath("$[?(@.matterCode == 'SD-ST-04')].shouldBePrimary").value(hasItem("平襄镇")));
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/responsibilities/NOPE"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCountyIsCheckedAcrossItsListsAsJsonAndAsAnAnnotatedWorkbook() throws Exception {
        mvc.perform(get("/api/v1/consistency").param("county", "通渭县").with(httpBasic("justice", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matters").value(35))
                .andExpect(jsonPath("$.townships").value(18))
                .andExpect(jsonPath("$.problems[?(@.matterCode == 'SD-CJ-02' && @.township == '义岗川镇')].ruleIds[0]")
                        .value(hasItem("TER-01")))
                .andExpect(jsonPath("$.problems[?(@.matterCode == 'SD-YJ-04')].ruleIds[0]").value(hasItem("TER-03")));
        mvc.perform(get("/api/v1/consistency/report").param("county", "通渭县").with(httpBasic("justice", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/api/v1/consistency").param("county", "不存在县").with(httpBasic("justice", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/consistency").param("county", "通渭县")).andExpect(status().isUnauthorized());
    }

}
