package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;
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
        byte[] kept = jdbc.sql("select kept from decision where id = ?").param(id).query(byte[].class).single();
        try {
            // the decision's kept form replaced by another decision's
            jdbc.sql("update decision set kept = (select kept from decision where id <> ? and kept is not null"
                    + " order by seq limit 1) where id = ?").params(id, id).update();
            mvc.perform(get("/api/v1/decisions/verify").with(httpBasic("admin", "demo")))
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.brokenId").value(id))
                    .andExpect(jsonPath("$.reason").value("该决定的内容与其哈希不符：记录在写入后被改动"));
        } finally {
            jdbc.sql("update decision set kept = ? where id = ?").params(kept, id).update();
        }
        mvc.perform(get("/api/v1/decisions/verify").with(httpBasic("justice", "demo")))
                .andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/api/v1/decisions/verify").with(httpBasic("editorial", "demo"))).andExpect(status().isForbidden());
    }

    @Test
    void aDecisionOfAnImportEditedInTheDatabaseBreaksTheImportsOwnChainAtThatDecision() throws Exception {
        var row = jdbc.sql("select d.id, d.kept from decision d join catalog_import i on i.id = d.import_id"
                        + " where i.kind = 'delegations' and d.outcome = 'DENY' order by d.ordinal limit 1")
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getBytes(2)}).single();
        try {
            // the kept form of the next decision of the same import put in its place
            jdbc.sql("update decision set kept = (select n.kept from decision n join decision d on d.import_id = n.import_id"
                    + " and n.ordinal = d.ordinal + 1 where d.id = ?) where id = ?").params(row[0], row[0]).update();
            mvc.perform(get("/api/v1/decisions/verify").with(httpBasic("justice", "demo")))
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.brokenId").value(row[0]))
                    .andExpect(jsonPath("$.reason").value("该决定的内容与其哈希不符：记录在写入后被改动"));
        } finally {
            jdbc.sql("update decision set kept = ? where id = ?").params(row[1], row[0]).update();
        }
        mvc.perform(get("/api/v1/decisions/verify").with(httpBasic("justice", "demo")))
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void aDecisionWrittenIntoTheTableBehindTheServicesBackIsNamedAsOutsideTheChain() throws Exception {
        String id = "00000000-0000-0000-0000-0000000000aa";
        jdbc.sql("insert into decision (id, kind, outcome, township_code, subject, decided_at, as_of, rule_set_version,"
                + " made_by, import_id, body, basis_key, kept, prev_hash, hash) select ?, kind, outcome, township_code, subject,"
                + " decided_at, as_of, rule_set_version, made_by, null, body, basis_key, kept, prev_hash, hash from decision"
                + " where import_id is null"
                + " order by seq limit 1").param(id).update();
        try {
            mvc.perform(get("/api/v1/decisions/verify").with(httpBasic("justice", "demo")))
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.brokenId").value(id))
                    .andExpect(jsonPath("$.reason").value("该决定不在哈希链上：记录绕过服务写入日志"));
        } finally {
            jdbc.sql("delete from decision where id = ?").param(id).update();
        }
    }
}
