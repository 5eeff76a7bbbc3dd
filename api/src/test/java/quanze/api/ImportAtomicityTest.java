package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import quanze.api.delegation.DelegationItemRepository;

/**
 * An upload that fails after the import row and its decisions were written, on the way the endpoint takes,
 * leaves nothing behind: the whole import is one transaction. So does a call storing several decisions.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ImportAtomicityTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @MockitoSpyBean
    DelegationItemRepository items;
    @MockitoSpyBean
    quanze.api.decision.ChainLinks chain;

    @Test
    void aRestCallStoringSeveralDecisionsThatFailsHalfWayStoresNone() throws Exception {
        int decisions = count("decision");
        int links = count("chain_link");
        // the decisions' rows are written, then linking them fails: the whole call is one transaction
        // stubbed on the spy inside the transactional proxy (append needs the caller's transaction)
        quanze.api.decision.ChainLinks spy = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(chain);
        doThrow(new IllegalStateException("磁盘已满（测试）")).when(spy).append(any(), anyList());
        String matters = "{\"matters\":[" + matter("TX-1") + "," + matter("TX-2") + "]}";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/decisions/responsibilities")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(matters)
                        .with(httpBasic("justice", "demo")))
                .andExpect(status().isInternalServerError());
        assertThat(count("decision")).isEqualTo(decisions);
        assertThat(count("chain_link")).isEqualTo(links);

        org.mockito.Mockito.reset(spy);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/decisions/responsibilities")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(matters)
                        .with(httpBasic("justice", "demo")))
                .andExpect(status().isCreated());
        assertThat(count("decision")).isEqualTo(decisions + 2);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/decisions/verify")
                        .with(httpBasic("justice", "demo")))
                .andExpect(jsonPath("$.intact").value(true));
    }

    static String matter(String code) {
        return "{\"matterCode\":\"" + code + "\",\"domain\":\"自然资源\",\"matterName\":\"违法占地查处\","
                + "\"primaryUnits\":[\"县自然资源局\"],\"cooperatingUnits\":[\"乡镇\"],\"cooperatingDuties\":\"日常巡查\","
                + "\"townships\":[\"平襄镇\"]}";
    }

    @Test
    void anImportThatFailsWhileStoringLeavesNeitherTheImportNorItsDecisions() throws Exception {
        int imports = count("catalog_import");
        int decisions = count("decision");
        int findings = count("decision_finding");
        doThrow(new IllegalStateException("磁盘已满（测试）")).when(items).saveAll(any(), anyList());

        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "赋权事项清单.csv", "text/csv",
                        Files.readAllBytes(Path.of("..", "demo", "tongwei-delegations.csv"))))
                        .param("kind", "delegations").with(httpBasic("editorial", "demo")))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value("服务内部错误，请稍后重试；如果问题持续，请联系管理员"));

        assertThat(count("catalog_import")).isEqualTo(imports);
        assertThat(count("decision")).isEqualTo(decisions);
        assertThat(count("decision_finding")).isEqualTo(findings);
    }

    int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
