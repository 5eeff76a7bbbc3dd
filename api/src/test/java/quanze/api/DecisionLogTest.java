package quanze.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The decision log is append-only and hash-chained; a row edited behind the service's back is found. */
class DecisionLogTest extends ApiTestBase {

    @Test
    void aDecisionEditedInTheDatabaseBreaksTheChainAtThatDecision() throws Exception {
        mvc.perform(get("/api/v1/decisions/verify").with(httpBasic("justice", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
        String made = mvc.perform(post("/api/v1/decisions/burdens").with(httpBasic("justice", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"QL-X\",\"name\":\"招商引资一票否决\",\"type\":\"一票否决\",\"settingUnit\":\"县商务局\","
                                + "\"issuerLevel\":\"县级\"}"))
                .andExpect(jsonPath("$.outcome").value("ABOLISH"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(made, "$.id");
        String body = jdbc.sql("select body from decision where id = ?").param(id).query(String.class).single();
        try {
            jdbc.sql("update decision set body = ? where id = ?").params(body.replace("ABOLISH", "RETAIN"), id).update();
            mvc.perform(get("/api/v1/decisions/verify").with(httpBasic("admin", "demo")))
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.brokenId").value(id))
                    .andExpect(jsonPath("$.reason").value("该决定的内容与其哈希不符：记录在写入后被改动"));
        } finally {
            jdbc.sql("update decision set body = ? where id = ?").params(body, id).update();
        }
        mvc.perform(get("/api/v1/decisions/verify").with(httpBasic("justice", "demo")))
                .andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/api/v1/decisions/verify").with(httpBasic("editorial", "demo"))).andExpect(status().isForbidden());
    }
}
