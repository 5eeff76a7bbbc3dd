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
 * leaves nothing behind: the whole import is one transaction. So does a call storing several decisions, and an
 * import run in the background (Prefer: respond-async), which then tells why it failed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(OpenApiCheck.class)
@ActiveProfiles("demo")
class ImportAtomicityTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @MockitoSpyBean
    DelegationItemRepository items;
    @Autowired
    quanze.api.imports.ImportJobs jobs;
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

    static final org.springframework.http.HttpHeaders ASYNC = new org.springframework.http.HttpHeaders();

    static {
        ASYNC.add("Prefer", "respond-async");
    }

    /** Uploads in the background: 202 at once, RUNNING; then polls the import until it is no longer RUNNING. */
    com.fasterxml.jackson.databind.JsonNode inBackground(String kind, Path file) throws Exception {
        return finished(accepted(kind, file));
    }

    /** Uploads in the background: 202 at once, RUNNING; the job's id. */
    String accepted(String kind, Path file) throws Exception {
        String accepted = mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file",
                                file.getFileName().toString(), "text/csv", Files.readAllBytes(file)))
                        .param("kind", kind).headers(ASYNC).with(httpBasic("editorial", "demo")))
                .andExpect(status().isAccepted())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Preference-Applied", "respond-async"))
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andReturn().getResponse().getContentAsString();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(accepted).get("id").asText();
    }

    com.fasterxml.jackson.databind.JsonNode job(String id) throws Exception {
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/imports/" + id)
                        .with(httpBasic("justice", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    }

    /**
     * A running job's phase as other instances read it: written by its instance's heartbeat every
     * {@code ImportJobs.BEAT_MILLIS} ms, so read again for up to ten beats until it is {@code expected}; the last read.
     */
    String phaseWithinBeats(String id, String expected) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        String phase = job(id).get("progress").get("phase").asText();
        while (!phase.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            phase = job(id).get("progress").get("phase").asText();
        }
        return phase;
    }

    /** Polls a background import until it is no longer RUNNING. */
    com.fasterxml.jackson.databind.JsonNode finished(String id) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (true) {
            com.fasterxml.jackson.databind.JsonNode job = job(id);
            if (!job.get("state").asText().equals("RUNNING")) {
                return job;
            }
            assertThat(System.nanoTime()).as("后台导入 60 秒内未结束").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void 后台导入立即受理并在保存后给出与等待上传相同的摘要() throws Exception {
        com.fasterxml.jackson.databind.JsonNode done = inBackground("delegations", Path.of("..", "demo", "tongwei-delegations.csv"));
        assertThat(done.get("state").asText()).isEqualTo("DONE");
        assertThat(done.get("rows").asInt()).isEqualTo(42);
        assertThat(done.get("outcomes").get("DENY").asInt()).isPositive();
        assertThat(done.has("progress")).isFalse();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/imports/" + done.get("id").asText() + "/report")
                        .with(httpBasic("justice", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void 后台导入的文件有导入错误时任务失败并列出与等待上传相同的问题且什么也不保存() throws Exception {
        int imports = count("catalog_import");
        com.fasterxml.jackson.databind.JsonNode failed = inBackground("delegations",
                Path.of("..", "import-tools", "src", "test", "resources", "fixtures", "三行错误的赋权清单.csv"));
        assertThat(failed.get("state").asText()).isEqualTo("FAILED");
        assertThat(failed.get("failure").get("status").asInt()).isEqualTo(422);
        assertThat(failed.get("failure").get("detail").asText()).startsWith("文件未导入：共3个问题");
        assertThat(failed.get("failure").get("problems")).hasSize(3);
        assertThat(failed.get("failure").get("problems").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(failed.get("progress").get("rowsRead").asInt()).isEqualTo(5);
        assertThat(count("catalog_import")).isEqualTo(imports);
    }

    @Test
    void 后台导入在保存时失败则任务失败且什么也不保存() throws Exception {
        int imports = count("catalog_import");
        int decisions = count("decision");
        doThrow(new IllegalStateException("磁盘已满（测试）")).when(items).saveAll(any(), anyList());
        com.fasterxml.jackson.databind.JsonNode failed = inBackground("delegations", Path.of("..", "demo", "tongwei-delegations.csv"));
        assertThat(failed.get("state").asText()).isEqualTo("FAILED");
        assertThat(failed.get("failure").get("status").asInt()).isEqualTo(500);
        assertThat(failed.get("progress").get("phase").asText()).isEqualTo("STORE");
        assertThat(failed.get("progress").get("rowsDecided").asInt()).isEqualTo(42);
        assertThat(count("catalog_import")).isEqualTo(imports);
        assertThat(count("decision")).isEqualTo(decisions);
    }

    @Test
    void 后台导入在本服务的导入工作线程忙时显示排队等待轮到后再读取() throws Exception {
        java.util.concurrent.CountDownLatch storing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        // the first upload holds the one worker (quanze.import.workers=1) while it stores its rows
        org.mockito.Mockito.doAnswer(call -> {
            storing.countDown();
            release.await(60, java.util.concurrent.TimeUnit.SECONDS);
            return call.callRealMethod();
        }).when(items).saveAll(any(), anyList());
        Path demo = Path.of("..", "demo", "tongwei-delegations.csv");
        String first = accepted("delegations", demo);
        try {
            assertThat(storing.await(60, java.util.concurrent.TimeUnit.SECONDS)).as("第一个导入开始保存").isTrue();
            String second = accepted("delegations", demo);
            com.fasterxml.jackson.databind.JsonNode waiting = job(second);
            assertThat(waiting.get("state").asText()).isEqualTo("RUNNING");
            assertThat(waiting.get("progress").get("phase").asText()).isEqualTo("QUEUED");
            assertThat(phaseWithinBeats(first, "STORE")).isEqualTo("STORE");
            release.countDown();
            assertThat(finished(first).get("state").asText()).isEqualTo("DONE");
            assertThat(finished(second).get("state").asText()).isEqualTo("DONE");
        } finally {
            release.countDown();
        }
    }

    @Test
    void 被中断的后台导入留下的上传文件在服务启动时删除而仍在进行的导入的文件保留() throws Exception {
        Path dir = Files.createDirectories(jobs.uploads());
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
        // a job whose instance was killed: its row is RUNNING but silent for an hour
        String killed = java.util.UUID.randomUUID().toString();
        jdbc.sql("insert into import_job (id, kind, file_name, uploaded_by, state, phase, started_at, updated_at)"
                        + " values (?, 'delegations', 'x.csv', 'editorial', 'RUNNING', 'DECIDE', ?, ?)")
                .params(killed, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)),
                        java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600))).update();
        // a job another instance on this machine is still beating for
        String alive = java.util.UUID.randomUUID().toString();
        jdbc.sql("insert into import_job (id, kind, file_name, uploaded_by, state, phase, started_at, updated_at)"
                        + " values (?, 'delegations', 'y.csv', 'editorial', 'RUNNING', 'READ', ?, ?)")
                .params(alive, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)),
                        java.sql.Timestamp.from(java.time.Instant.now())).update();
        Path killedFile = Files.writeString(dir.resolve(killed + ".upload"), "x");
        Path aliveFile = Files.writeString(dir.resolve(alive + ".upload"), "y");
        Path justWritten = Files.writeString(dir.resolve(java.util.UUID.randomUUID() + ".upload"), "z");
        Files.setLastModifiedTime(killedFile, hourAgo);
        Files.setLastModifiedTime(aliveFile, hourAgo);
        try {
            assertThat(jobs.sweep()).isGreaterThanOrEqualTo(1);
            assertThat(killedFile).doesNotExist();
            assertThat(aliveFile).exists();
            assertThat(justWritten).as("刚写入、任务行尚未插入的文件").exists();
        } finally {
            Files.deleteIfExists(aliveFile);
            Files.deleteIfExists(justWritten);
        }
    }

    int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
