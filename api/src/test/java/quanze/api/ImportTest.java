package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

class ImportTest extends ApiTestBase {
    @Autowired
    ObjectMapper json;

    ResultActions upload(String kind, String user, String fileName, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", fileName, "text/csv", bytes))
                .param("kind", kind).param("county", "通渭县").with(httpBasic(user, "demo")));
    }

    static byte[] file(String first, String... more) throws Exception {
        return Files.readAllBytes(Path.of(first, more));
    }

    @Test
    void theKindsOfCatalogAreListedOnceAndAnUnknownKindNamesThem() throws Exception {
        mvc.perform(get("/api/v1/catalog-kinds"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("townships", "delegations",
                        "responsibilities", "admissions", "burdens", "secondments", "appointments", "plaques", "duties")))
                .andExpect(jsonPath("$[1].title").value("赋权事项清单"));
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[] {'a'}))
                        .param("kind", "budgets").with(httpBasic("editorial", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("kind"))
                .andExpect(jsonPath("$.problems[0].message").value("“budgets”不是可导入的清单种类，应为：townships、delegations、"
                        + "responsibilities、admissions、burdens、secondments、appointments、plaques、duties"));
    }

    @Test
    void aDelegationListIsImportedAsANewVersionWithCountsAndAnAnnotatedReport() throws Exception {
        String body = upload("delegations", "editorial", "赋权事项清单.csv", file("..", "demo", "tongwei-delegations.csv"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("delegations"))
                .andExpect(jsonPath("$.rows").value(42))
                .andExpect(jsonPath("$.county").value("通渭县"))
                .andExpect(jsonPath("$.current").value(true))
                .andExpect(jsonPath("$.outcomes.ALLOW").value(26))
                .andExpect(jsonPath("$.outcomes.CORRECT").value(5))
                .andExpect(jsonPath("$.outcomes.DENY").value(11))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asText();
        mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("justice", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(org.hamcrest.Matchers.greaterThan(1)));
        // the county's list, its report and its findings are for county staff, not a township account
        mvc.perform(get("/api/v1/imports/" + id + "/report").with(httpBasic("township-" + PINGXIANG, "demo")))
                .andExpect(status().isForbidden());
        byte[] report = mvc.perform(get("/api/v1/imports/" + id + "/report").with(httpBasic("justice", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            assertThat(wb.getSheet("汇总")).isNotNull();
        }
        // the new version is the one the authority list reads; the old one is kept
        assertThat(jdbc.sql("select count(*) from catalog_import where kind = 'delegations' and is_current")
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/townships/" + PINGXIANG + "/authorities"))
                .andExpect(jsonPath("$.total").value(25));
    }

    @Test
    void aFileWithThreeBadRowsListsAllThreeAndStoresNothing() throws Exception {
        int imports = count("catalog_import");
        int decisions = count("decision");
        int items = count("delegation_item");
        upload("delegations", "editorial", "三行错误的赋权清单.csv",
                file("..", "import-tools", "src", "test", "resources", "fixtures", "三行错误的赋权清单.csv"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("文件未导入：共3个问题，请改正后重新上传，本次没有保存任何数据"))
                .andExpect(jsonPath("$.problems.length()").value(3))
                .andExpect(jsonPath("$.problems[0].sheet").value("三行错误的赋权清单.csv"))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("事项类别"))
                .andExpect(jsonPath("$.problems[1].row").value(5))
                .andExpect(jsonPath("$.problems[1].column").value("承接主体"))
                .andExpect(jsonPath("$.problems[2].row").value(6))
                .andExpect(jsonPath("$.problems[2].column").value("最近评估日期"));
        assertThat(count("catalog_import")).isEqualTo(imports);
        assertThat(count("decision")).isEqualTo(decisions);
        assertThat(count("delegation_item")).isEqualTo(items);
    }

    @Test
    void aTownshipRegistryImportIsJudgedAgainstTheBodyLimitsOfEachProfile() throws Exception {
        String body = upload("townships", "editorial", "名册.csv", file("..", "demo", "tongwei-townships.csv"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rows").value(18))
                .andExpect(jsonPath("$.outcomes.VALID").value(17))
                .andExpect(jsonPath("$.outcomes.INVALID").value(1))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/imports/" + json.readTree(body).get("id").asText() + "/report")
                        .with(httpBasic("editorial", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownKindAndAMissingFileAreBadRequests() throws Exception {
        upload("burdenz", "editorial", "x.csv", "a,b".getBytes())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("kind"));
        mvc.perform(multipart("/api/v1/imports").param("kind", "delegations").with(httpBasic("editorial", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("file"));
    }

    @Test
    void importingNeedsAnEditorialOrJusticeAccount() throws Exception {
        upload("delegations", "township-" + PINGXIANG, "x.csv", "a,b".getBytes()).andExpect(status().isForbidden());
    }

    @Test
    void anImportsFindingsAreTalliedByRuleAndTownshipAndListedRowByRow() throws Exception {
        String id = json.readTree(upload("delegations", "editorial", "赋权事项清单.csv", file("..", "demo", "tongwei-delegations.csv"))
                .andReturn().getResponse().getContentAsString()).get("id").asText();
        com.fasterxml.jackson.databind.JsonNode all = json.readTree(mvc.perform(get("/api/v1/imports/" + id + "/findings")
                .param("size", "500").with(httpBasic("justice", "demo"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        // the tally agrees with the rows listed: for every rule, the sheet rows that carry one of its findings
        java.util.Map<String, java.util.Set<Integer>> rowsByRule = new java.util.TreeMap<>();
        java.util.Map<String, Integer> byTownship = new java.util.TreeMap<>();
        for (com.fasterxml.jackson.databind.JsonNode row : all.path("rows").path("items")) {
            for (com.fasterxml.jackson.databind.JsonNode f : row.path("findings")) {
                rowsByRule.computeIfAbsent(f.path("ruleId").asText(), k -> new java.util.TreeSet<>()).add(row.path("row").asInt());
                if (!row.path("township").isMissingNode() && !row.path("township").isNull()) {
                    byTownship.merge(row.path("township").asText(), 1, Integer::sum);
                }
            }
        }
        assertThat(all.path("rows").path("total").asInt()).isEqualTo(all.path("rows").path("items").size()).isGreaterThan(42);
        assertThat(rowsByRule).containsKey("DLG-05");
        for (com.fasterxml.jackson.databind.JsonNode r : all.path("byRule")) {
            assertThat(r.path("rows").asInt()).as(r.path("ruleId").asText())
                    .isEqualTo(rowsByRule.get(r.path("ruleId").asText()).size());
            assertThat(r.path("title").asText()).isNotBlank();
            assertThat(r.path("citations")).isNotEmpty();
        }
        assertThat(all.path("byRule")).hasSize(rowsByRule.size());
        for (com.fasterxml.jackson.databind.JsonNode t : all.path("byTownship")) {
            assertThat(t.path("findings").asInt()).isEqualTo(byTownship.get(t.path("code").asText()));
            assertThat(t.path("name").asText()).doesNotMatch("\\d+");
        }

        com.fasterxml.jackson.databind.JsonNode dlg05 = json.readTree(mvc.perform(get("/api/v1/imports/" + id + "/findings")
                .param("ruleId", "DLG-05").with(httpBasic("editorial", "demo"))).andReturn().getResponse().getContentAsString());
        assertThat(dlg05.path("rows").path("items")).isNotEmpty().allSatisfy(row -> {
            assertThat(row.path("row").asInt()).isIn(rowsByRule.get("DLG-05"));
            assertThat(row.path("findings").findValuesAsText("ruleId")).contains("DLG-05");
        });
        com.fasterxml.jackson.databind.JsonNode denied = json.readTree(mvc.perform(get("/api/v1/imports/" + id + "/findings")
                .param("outcome", "DENY").param("size", "500").with(httpBasic("editorial", "demo"))).andReturn().getResponse().getContentAsString());
        assertThat(denied.path("rows").path("items").findValuesAsText("outcome")).isNotEmpty().containsOnly("DENY");
        // the totals the page shows for a filter agree with the rows themselves
        long deniedInAll = java.util.stream.StreamSupport.stream(all.path("rows").path("items").spliterator(), false)
                .filter(r -> r.path("outcome").asText().equals("DENY")).count();
        long dlg05InAll = java.util.stream.StreamSupport.stream(all.path("rows").path("items").spliterator(), false)
                .filter(r -> r.path("findings").findValuesAsText("ruleId").contains("DLG-05")).count();
        assertThat(denied.path("rows").path("total").asLong()).isEqualTo(deniedInAll);
        assertThat(dlg05.path("rows").path("total").asLong()).isEqualTo(dlg05InAll);
    }

    @Test
    void 逐行结论默认不得下放的在前其次需补正再次其余且翻页不重不漏() throws Exception {
        String id = json.readTree(upload("delegations", "editorial", "赋权事项清单.csv", file("..", "demo", "tongwei-delegations.csv"))
                .andReturn().getResponse().getContentAsString()).get("id").asText();
        java.util.List<String> outcomes = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int total = -1;
        for (int page = 0; total < 0 || page * 7 < total; page++) {
            com.fasterxml.jackson.databind.JsonNode p = json.readTree(mvc.perform(get("/api/v1/imports/" + id + "/findings")
                    .param("size", "7").param("page", String.valueOf(page)).with(httpBasic("justice", "demo")))
                    .andReturn().getResponse().getContentAsString());
            total = p.path("rows").path("total").asInt();
            for (com.fasterxml.jackson.databind.JsonNode r : p.path("rows").path("items")) {
                outcomes.add(r.path("outcome").asText());
                assertThat(seen.add(r.path("decisionId").asText())).as("第%d页重复的决定", page).isTrue();
                assertThat(r.path("subjectName").asText()).as("事项名称在编码旁").isNotBlank();
            }
        }
        assertThat(outcomes).hasSize(total);
        int firstCorrect = outcomes.indexOf("CORRECT");
        int firstAllow = outcomes.indexOf("ALLOW");
        assertThat(outcomes.subList(0, firstCorrect)).isNotEmpty().containsOnly("DENY");
        assertThat(outcomes.subList(firstCorrect, firstAllow)).isNotEmpty().containsOnly("CORRECT");
        assertThat(outcomes.subList(firstAllow, outcomes.size())).containsOnly("ALLOW");
    }

    @Test
    void theDemoWorkbookAndTheDemoCsvSayTheSameRows() throws Exception {
        String csv = upload("delegations", "editorial", "a.csv", file("..", "demo", "tongwei-delegations.csv"))
                .andReturn().getResponse().getContentAsString();
        String xlsx = upload("delegations", "editorial", "a.xlsx", file("..", "demo", "tongwei-delegations.xlsx"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(xlsx).path("outcomes")).isEqualTo(json.readTree(csv).path("outcomes"));
        assertThat(json.readTree(xlsx).path("rows")).isEqualTo(json.readTree(csv).path("rows"));
    }

    @Test
    void theRulePageHasTheSentenceOfEveryClauseTheRulesCite() throws Exception {
        com.fasterxml.jackson.databind.JsonNode sources = json.readTree(mvc.perform(get("/api/v1/rules/sources"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(sources.path("clauses").findValuesAsText("source")).contains("ZB5", "TW6", "JS", "QX", "PL", "XZCF");
        mvc.perform(get("/api/v1/rules/sources/TW6")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不得以任何形式对乡镇设置“一票否决”事项")));
        mvc.perform(get("/api/v1/rules/sources/XZCF")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("没有“XZCF”的全文：法律条文见所引条款"));
    }

    @Test
    void longCellsUpToTheLimitAreStoredNotADatabaseError() throws Exception {
        String csv = new String(file("..", "demo", "tongwei-delegations.csv"), java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = csv.split("\n", -1);
        lines[2] = "TW-LONG-" + "9".repeat(300) + lines[2].substring(lines[2].indexOf(','));
        lines[3] = lines[3].replace("县", "县" + "某".repeat(3000));
        upload("delegations", "editorial", "长单元格.csv", String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rows").value(42));
    }
}
