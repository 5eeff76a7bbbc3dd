package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import quanze.api.decision.DecisionQueries;
import quanze.api.decision.DecisionRepository;
import quanze.decision.Citation;
import quanze.decision.Decision;
import quanze.decision.DecisionKind;
import quanze.decision.Finding;
import quanze.decision.Outcome;
import quanze.decision.Severity;

/**
 * Issue #17: a decision is kept as its own values and the key of the basis it shares (rule-set version, rules
 * evaluated with their severity and clauses, parameters); read back it is the decision as it was answered.
 */
class StoredFormTest extends ApiTestBase {
    @Autowired
    ObjectMapper json;
    @Autowired
    DecisionRepository decisions;
    @Autowired
    DecisionQueries queries;

    @ParameterizedTest(name = "{0}：存储后读出的决定与作出时的答复相同")
    @CsvSource(delimiter = '|', value = {
            "delegations|{\"itemCode\":\"TW-CF-004\",\"itemName\":\"对未经许可在河道管理范围内采砂的处罚\",\"category\":\"行政处罚\","
                    + "\"legalBasis\":\"《中华人民共和国河道管理条例》第四十四条\",\"fromDepartment\":\"县水务局\",\"receiver\":\"陇阳镇\","
                    + "\"mode\":\"下放\",\"published\":true,\"townshipOpinion\":\"同意\",\"support\":[\"STAFF\"],\"inGuidanceCatalog\":true}",
            "admissions|{\"requestId\":\"ZR-SF\",\"type\":\"准入\",\"department\":\"县水务局\",\"taskName\":\"河道采砂监督管理\","
                    + "\"category\":\"行政事务\",\"townships\":[\"平襄镇\"],\"legalBasis\":\"《中华人民共和国水法》\",\"handover\":\"交由承担\","
                    + "\"shiftMechanism\":\"无\",\"townshipRole\":\"主体责任\",\"requiresCounterpartBody\":false,\"opinionsHeard\":true,"
                    + "\"opinions\":[{\"township\":\"平襄镇\",\"opinion\":\"同意\"}],\"staffing\":1,\"fundingWan\":10.50,"
                    + "\"countyApprovalDoc\":\"通政办发〔2026〕30号\",\"status\":\"拟实施\"}",
            "burdens|{\"code\":\"QL-SF\",\"name\":\"招商引资一票否决\",\"type\":\"一票否决\",\"settingUnit\":\"县商务局\",\"issuerLevel\":\"县级\"}",
            "org|{\"township\":\"平襄镇\",\"secondments\":[{\"person\":\"张某\",\"township\":\"平襄镇\",\"borrowingUnit\":\"县委办\","
                    + "\"start\":\"2026-09-01\",\"end\":\"2026-10-01\",\"townshipConsent\":true,\"orgApproval\":true}]}",
            "responsibilities|{\"matters\":[{\"matterCode\":\"SF-1\",\"domain\":\"城乡建设\",\"matterName\":\"违法建设治理\","
                    + "\"primaryUnits\":[\"县住房和城乡建设局\"],\"cooperatingUnits\":[\"平襄镇人民政府\"],"
                    + "\"cooperatingDuties\":\"日常巡查、发现报告、协助调查取证并依法拆除违法建筑\",\"townships\":[\"平襄镇\"],"
                    + "\"legalBasis\":\"《中华人民共和国城乡规划法》\"}]}"})
    void aDecisionReadBackIsTheDecisionAsAnswered(String family, String body) throws Exception {
        String answer = mvc.perform(post("/api/v1/decisions/" + family).with(httpBasic("justice", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode made = json.readTree(answer);
        List<JsonNode> each = new ArrayList<>();
        if (made.isArray()) {
            made.forEach(each::add);
        } else {
            each.add(made);
        }
        assertThat(each).isNotEmpty();
        for (JsonNode d : each) {
            assertThat(d.path("findings")).as("a case that finds something").isNotEmpty();
            String again = mvc.perform(get("/api/v1/decisions/" + d.get("id").asText()).with(httpBasic("justice", "demo")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(json.readTree(again)).isEqualTo(d);
            if (family.equals("admissions")) {
                assertThat(answer).contains("\"fundingWan\":10.50");
                assertThat(again).as("a number as it was answered").contains("\"fundingWan\":10.50");
            }
            String kept = queries.keptText(d.get("id").asText()).orElseThrow();
            // what the decision shares with others is not in its row
            assertThat(kept).doesNotContain("rulesEvaluated", "ruleSetVersion", "parameters", "citations", "severity")
                    .contains("\"basis\":\"");
            assertThat(bytes(kept)).isLessThanOrEqualTo(bytes(d.toString()) - bytes(d.get("parameters").toString())
                    - bytes(d.get("rulesEvaluated").toString()));
            // and the row holds it compressed against the rules' wording: the messages' fixed text costs next to nothing
            byte[] row = jdbc.sql("select kept from decision where id = ?").param(d.get("id").asText())
                    .query(byte[].class).single();
            assertThat(row.length).isLessThan(bytes(kept) / 2);
        }
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aFindingCitingOtherThanItsRuleKeepsItsOwnClauseAndSeverity() {
        Decision made = new Decision(null, DecisionKind.DELEGATION, Outcome.DENY,
                List.of(new Finding("DLG-17", Severity.CORRECTABLE, "乡镇依法自有的职权", List.of("legalBasis"),
                                List.of(new Citation("CXGH", "第六十五条", null))),
                        new Finding("DLG-01", Severity.BLOCKING, "无设定依据", List.of("legalBasis"),
                                Citation.parseAll("ZB5 四 (依法下放); TW6 §8"))),
                List.of("DLG-01", "DLG-17"), "sha256:test", Instant.parse("2026-11-30T08:00:00.123456789Z"),
                LocalDate.parse("2026-11-30"), List.of("GS 参数=1（2020-01-01起，TW6 §1）"),
                Map.of("itemCode", "X-1", "receiver", "平襄镇"), null);
        Decision stored = decisions.save(made, new DecisionRepository.Meta("620000001", "X-1", "justice", null));
        JsonNode read = queries.find(stored.id()).orElseThrow().body();
        assertThat(read).isEqualTo(json.valueToTree(stored));
        String kept = queries.keptText(stored.id()).orElseThrow();
        assertThat(kept).contains("CXGH", "CORRECTABLE").doesNotContain("ZB5");
    }

    @Test
    void aBasisEditedInTheDatabaseIsFoundByVerification() throws Exception {
        mvc.perform(post("/api/v1/decisions/burdens").with(httpBasic("justice", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"QL-V\",\"name\":\"招商引资一票否决\",\"type\":\"一票否决\",\"settingUnit\":\"县商务局\","
                                + "\"issuerLevel\":\"县级\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/decisions/verify").with(httpBasic("justice", "demo")))
                .andExpect(jsonPath("$.intact").value(true));
        var basis = jdbc.sql("select basis_key, content from decision_basis where content like '%ASM-%' order by basis_key limit 1")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        jdbc.sql("update decision_basis set content = ? where basis_key = ?")
                .params(basis[1].replace("sha256:", "sha256:0"), basis[0]).update();
        mvc.perform(get("/api/v1/decisions/verify").with(httpBasic("justice", "demo")))
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.brokenId").value(basis[0]))
                .andExpect(jsonPath("$.reason").value("决定所依据的规则集版本、所评规则及其依据或参数记录与其编号不符：记录在写入后被改动"));
    }
}
