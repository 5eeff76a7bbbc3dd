package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * An outside fuzzer's view of the API: every operation the OpenAPI document (/v3/api-docs) lists, for every role and
 * none, with path values, query values and bodies generated from the document's own schemas and then spoiled (wrong
 * types, nulls in lists, negative numbers, empty and huge strings, encoded separators). No answer is a 500, and every
 * error is an application/problem+json in Chinese. Its own context and database (it creates accounts and decisions).
 */
@SpringBootTest(properties = "quanze.test.context=api-fuzz")
class ApiFuzzTest extends ApiTestBase {
    static final String[][] ROLES = {{null, null}, {"township-" + PINGXIANG, "demo"}, {"editorial", "demo"},
            {"justice", "demo"}, {"admin", "demo"}};
    static final int PER_ROLE = 8;
    static final String[] STRINGS = {"", " ", "平襄镇", "乱码", "0", "-1", "99999999999999999999", "null", "true",
            "2026-02-30", "1800-01-01", "../..", "%", "a;b", "<script>", "'; drop table decision; --", "ＡＢＣ", "\u0000",
            "x".repeat(5000), PINGXIANG, "DLG-05", "行政处罚", "ZR-2026-101"};

    @Autowired
    ObjectMapper json;

    @Autowired
    quanze.api.security.Accounts accounts;

    @Test
    void noGeneratedRequestToAnyOperationFailsOrAnswersOutsideProblemJson() throws Exception {
        JsonNode doc = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        Random random = new Random(20261130);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        Map<String, Long> slowest = new java.util.HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                for (String[] role : ROLES) {
                    for (int i = 0; i < PER_ROLE; i++) {
                        MockHttpServletRequestBuilder request = request(doc, path.getKey(), op.getKey(), op.getValue(), random);
                        if (role[0] != null) {
                            // signed in as the account itself, without a bcrypt check per request
                            request.with(user(accounts.find(role[0]).orElseThrow()));
                        }
                        long t0 = System.nanoTime();
                        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
                        slowest.merge(op.getKey() + " " + path.getKey(), (System.nanoTime() - t0) / 1_000_000, Long::sum);
                        sent++;
                        statuses.merge(r.getStatus(), 1, Integer::sum);
                        String body = r.getContentAsString(StandardCharsets.UTF_8);
                        String what = op.getKey().toUpperCase() + " " + path.getKey() + " as " + role[0] + " → " + r.getStatus();
                        if (r.getStatus() >= 500) {
                            failures.add(what + " " + body);
                        } else if (r.getStatus() >= 400 && (r.getContentType() == null
                                || !r.getContentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                                || !body.matches("(?s).*\"detail\":\"[^\"]*\\p{IsHan}.*"))) {
                            failures.add(what + " not a Chinese problem: " + r.getContentType() + " " + body);
                        }
                    }
                }
            }
        }
        System.out.println("[api-fuzz] " + sent + " requests over /v3/api-docs, by status " + statuses);
        slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                .forEach(e -> System.out.println("[api-fuzz] " + e.getKey() + " " + e.getValue() + " ms"));
        assertThat(sent).isGreaterThan(500);
        assertThat(failures).isEmpty();
    }

    @Autowired
    OpenApiCheck.Holder openApi;

    /** What the fuzzer found on PostgreSQL only (which cannot store a NUL): each is now a 400 or 422 naming where. */
    @Test
    void aNulInABodyAParameterOrASpreadsheetCellIsRefusedNamingWhereItIs() throws Exception {
        var justice = user(accounts.find("justice").orElseThrow());
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/decisions/burdens").with(justice).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"QL-N\",\"name\":\"评比\\u0000\",\"type\":\"评比达标\",\"settingUnit\":\"县委宣传部\","
                                + "\"issuerLevel\":\"县级\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.problems[0].field").value("name"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.problems[0].message")
                        .value("“评比\\u0000”无效，应为不含空字符（\\u0000）的文字"));
        mvc.perform(get("/api/v1/decisions").param("township", "平襄\u0000镇").with(justice))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.problems[0].field").value("township"));
        byte[] csv = ("编号,事项名称,类型,设定单位,依据文件,依据发文机关层级\nQL-1,评比\u0000,评比达标,县委宣传部,,县级\n")
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/imports").file(new MockMultipartFile("file", "清理表.csv", "text/csv", csv))
                        .param("kind", "burdens").param("county", "通渭县").with(user(accounts.find("editorial").orElseThrow())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isUnprocessableEntity())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.problems[0].row").value(2))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.problems[0].column").value("事项名称"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.problems[0].message")
                        .value("含有空字符（\\u0000），文件可能已损坏，请删除该字符后重新上传"));
    }

    /** The check every API test's answers pass through can fail: an answer the document does not describe. */
    @Test
    void theOpenApiCheckRefusesAnAnswerTheDocumentDoesNotDescribe() throws Exception {
        var validator = openApi.validator();
        var wrongType = com.atlassian.oai.validator.model.SimpleResponse.Builder.ok().withContentType("application/json")
                .withBody("{\"ruleSetVersion\":5,\"asOf\":\"2026-11-30\",\"parameters\":\"无\"}").build();
        var report = validator.validateResponse("/api/v1/rules/parameters", com.atlassian.oai.validator.model.Request.Method.GET,
                wrongType);
        assertThat(report.hasErrors()).as(report.getMessages().toString()).isTrue();
        var problem = com.atlassian.oai.validator.model.SimpleResponse.Builder.status(400)
                .withContentType("application/problem+json").withBody("{\"status\":400,\"detail\":\"请求有误\"}").build();
        assertThat(validator.validateResponse("/api/v1/rules/parameters", com.atlassian.oai.validator.model.Request.Method.GET,
                problem).hasErrors()).isFalse();
    }

    MockHttpServletRequestBuilder request(JsonNode doc, String template, String method, JsonNode op, Random random)
            throws Exception {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.path("parameters")) {
            String value = value(doc, p.path("schema"), random);
            if (p.path("in").asText().equals("path")) {
                path = path.replace("{" + p.path("name").asText() + "}",
                        URLEncoder.encode(value.isEmpty() ? "x" : value, StandardCharsets.UTF_8).replace("+", "%20"));
            } else if (p.path("in").asText().equals("query") && random.nextInt(3) > 0) {
                query.append(query.isEmpty() ? "?" : "&").append(p.path("name").asText()).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        URI uri = URI.create(path + query);
        JsonNode content = op.path("requestBody").path("content");
        if (content.has("multipart/form-data")) {
            byte[] file = new byte[random.nextInt(200)];
            random.nextBytes(file);
            if (random.nextBoolean()) {
                file = ("编号,事项名称\n" + STRINGS[random.nextInt(STRINGS.length)]).getBytes(StandardCharsets.UTF_8);
            }
            return MockMvcRequestBuilders.multipart(HttpMethod.valueOf(method.toUpperCase()), uri)
                    .file(new MockMultipartFile("file", "fuzz.csv", "text/csv", file));
        }
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.request(HttpMethod.valueOf(method.toUpperCase()), uri);
        if (content.has("application/json")) {
            JsonNode body = node(doc, content.path("application/json").path("schema"), random, 0);
            b.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return b;
    }

    /** A value for a parameter: mostly of its type, sometimes any string. */
    String value(JsonNode doc, JsonNode schema, Random random) {
        JsonNode s = resolve(doc, schema);
        if (random.nextInt(3) == 0 || !s.has("type")) {
            return STRINGS[random.nextInt(STRINGS.length)];
        }
        if (s.has("enum")) {
            return s.path("enum").get(random.nextInt(s.path("enum").size())).asText();
        }
        return switch (s.path("type").asText()) {
            case "integer", "number" -> String.valueOf(random.nextInt(5) == 0 ? Integer.MIN_VALUE : random.nextInt(200) - 50);
            case "boolean" -> String.valueOf(random.nextBoolean());
            default -> "date".equals(s.path("format").asText()) ? "20" + (10 + random.nextInt(90)) + "-0" + (1 + random.nextInt(9))
                    + "-1" + random.nextInt(9) : STRINGS[random.nextInt(STRINGS.length)];
        };
    }

    /** A JSON value from a schema, spoiled now and then: null, the wrong type, a list with a null in it. */
    JsonNode node(JsonNode doc, JsonNode schema, Random random, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        int spoil = depth == 0 ? 99 : random.nextInt(40);
        if (spoil == 0) {
            return f.nullNode();
        }
        if (spoil == 1) {
            return f.textNode(STRINGS[random.nextInt(STRINGS.length)]);
        }
        if (spoil == 2) {
            return f.numberNode(-random.nextInt(1000));
        }
        JsonNode s = resolve(doc, schema);
        if (s.has("enum")) {
            return f.textNode(s.path("enum").get(random.nextInt(s.path("enum").size())).asText());
        }
        switch (s.path("type").asText(s.has("properties") ? "object" : "string")) {
            case "object" -> {
                ObjectNode o = f.objectNode();
                if (depth < 4) {
                    s.path("properties").fields().forEachRemaining(e -> {
                        if (random.nextInt(8) > 0) {
                            o.set(e.getKey(), node(doc, e.getValue(), random, depth + 1));
                        }
                    });
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = f.arrayNode();
                int n = random.nextInt(3);
                for (int i = 0; i < n && depth < 4; i++) {
                    a.add(random.nextInt(6) == 0 ? f.nullNode() : node(doc, s.path("items"), random, depth + 1));
                }
                return a;
            }
            case "integer" -> {
                return f.numberNode(random.nextInt(100) - 20);
            }
            case "number" -> {
                return f.numberNode(random.nextDouble() * 200 - 50);
            }
            case "boolean" -> {
                return f.booleanNode(random.nextBoolean());
            }
            default -> {
                return f.textNode("date".equals(s.path("format").asText())
                        ? (1900 + random.nextInt(250)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9)
                        : STRINGS[random.nextInt(STRINGS.length)]);
            }
        }
    }

    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            s = doc.at(s.path("$ref").asText().substring(1));
        }
        return s;
    }
}
