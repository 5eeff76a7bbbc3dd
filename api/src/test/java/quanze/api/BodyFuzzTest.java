package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Random bodies for every decision endpoint — valid bodies with fields replaced by values of every JSON
 * type, dropped, or cut short: the answer is a decision or a 400 problem in Chinese, never a 500.
 */
class BodyFuzzTest extends ApiTestBase {
    @Autowired
    ObjectMapper json;

    @Autowired
    quanze.api.security.Accounts accounts;

    static final String[][] ENDPOINTS = {
            {"/api/v1/decisions/delegations", DelegationDecisionTest.PENALTY_WITHOUT_PROVINCIAL_DECISION},
            {"/api/v1/decisions/admissions", AdmissionAndBurdenTest.request("ZR-F", "")},
            {"/api/v1/decisions/burdens", "{\"code\":\"F\",\"name\":\"评比\",\"type\":\"评比达标\",\"settingUnit\":\"县委宣传部\","
                    + "\"issuerLevel\":\"县级\",\"basisExplicit\":false,\"inUnifiedPlan\":false}"},
            {"/api/v1/decisions/org", "{\"township\":\"平襄镇\",\"secondments\":[{\"person\":\"甲\",\"township\":\"平襄镇\","
                    + "\"borrowingUnit\":\"县委办\",\"start\":\"2026-01-01\",\"end\":\"2026-02-01\",\"townshipConsent\":true}]}"},
            {"/api/v1/decisions/responsibilities", "{\"matters\":[{\"matterCode\":\"F\",\"domain\":\"自然资源\","
                    + "\"matterName\":\"违法占地查处\",\"primaryUnits\":[\"县自然资源局\"],\"cooperatingUnits\":[\"乡镇\"],"
                    + "\"cooperatingDuties\":\"日常巡查\",\"townships\":[\"平襄镇\"]}]}"}};

    @Test
    void noRandomBodyMakesADecisionEndpointFail() throws Exception {
        Random random = new Random(20261123);
        List<String> failures = new ArrayList<>();
        for (String[] endpoint : ENDPOINTS) {
            ObjectNode valid = (ObjectNode) json.readTree(endpoint[1]);
            for (int i = 0; i < 60; i++) {
                String body = mutate(valid, random);
                // signed in as justice without a bcrypt check per request (the sign-in itself is tested elsewhere)
                MockHttpServletResponse r = mvc.perform(post(endpoint[0]).with(user(accounts.find("justice").orElseThrow()))
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
                String answer = r.getContentAsString();
                if (r.getStatus() >= 500 || (r.getStatus() == 400 && !answer.matches("(?s).*\\p{IsHan}.*"))
                        || answer.contains("Exception") || answer.contains("\tat ")) {
                    failures.add(endpoint[0] + " " + r.getStatus() + " " + body);
                }
                assertThat(r.getStatus()).as(body).isIn(201, 400);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void noMutatedUploadMakesTheImportEndpointFailAndARefusedOneStoresNothing() throws Exception {
        Random random = new Random(7);
        byte[] base = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "demo", "tongwei-burdens.csv"));
        for (int i = 0; i < 40; i++) {
            byte[] file = base.clone();
            for (int k = 0; k < 1 + random.nextInt(20); k++) {
                file[random.nextInt(file.length)] = (byte) random.nextInt(256);
            }
            if (random.nextInt(4) == 0) {
                file = java.util.Arrays.copyOf(file, random.nextInt(file.length));
            }
            int before = count("catalog_import");
            MockHttpServletResponse r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .multipart("/api/v1/imports").file(new org.springframework.mock.web.MockMultipartFile("file",
                                    "清理表.csv", "text/csv", file)).param("kind", "burdens").param("county", "通渭县")
                            .with(user(accounts.find("editorial").orElseThrow())))
                    .andReturn().getResponse();
            assertThat(r.getStatus()).as(new String(file, java.nio.charset.StandardCharsets.UTF_8)).isIn(201, 422);
            assertThat(r.getContentAsString()).doesNotContain("Exception");
            assertThat(count("catalog_import")).isEqualTo(r.getStatus() == 201 ? before + 1 : before);
        }
    }

    String mutate(ObjectNode valid, Random random) throws Exception {
        ObjectNode body = valid.deepCopy();
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        String field = fields.get(random.nextInt(fields.size()));
        JsonNode[] values = {json.nullNode(), json.getNodeFactory().numberNode(random.nextInt()),
                json.getNodeFactory().textNode("乱码" + random.nextInt(1000)), json.getNodeFactory().booleanNode(random.nextBoolean()),
                json.createArrayNode().add(random.nextDouble()), json.createObjectNode().put("x", "y"),
                json.getNodeFactory().textNode("")};
        switch (random.nextInt(4)) {
            case 0 -> body.remove(field);
            case 1 -> body.set("unknownField" + random.nextInt(9), values[random.nextInt(values.length)]);
            default -> body.set(field, values[random.nextInt(values.length)]);
        }
        String text = json.writeValueAsString(body);
        return random.nextInt(10) == 0 ? text.substring(0, random.nextInt(text.length())) : text;
    }
}
