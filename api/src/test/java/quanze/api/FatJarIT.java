package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged service as users do ({@code java -jar quanze.jar} with the demo profile): the
 * rule base must build from inside the nested jars, the demo county load, and a decision answer.
 */
class FatJarIT {
    static Process service;
    static int port;
    static final HttpClient http = HttpClient.newHttpClient();
    static Path log;

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String jar = System.getProperty("quanze.jar", "target/quanze.jar");
        log = Path.of("target", "fat-jar-it.log");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar, "--spring.profiles.active=demo", "--server.port=" + port));
        command.addAll(TestDatabase.fresh("fatjar").args());
        service = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("服务进程意外退出，见 %s", log).isTrue();
            try {
                // ready means the demo loader is done (api.md): a client may import at once without racing it
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("服务 90 秒内未就绪，见 " + log);
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.destroy();
            service.waitFor();
        }
    }

    static int status(String path, String credentials) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void healthIsUpOnlyOnceTheDemoCountyIsLoaded() throws Exception {
        assertThat(get("/actuator/health")).startsWith("{\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness")).isEqualTo("{\"status\":\"UP\"}");
        // the demo loader's last step, done by the time readiness said UP
        assertThat(status("/api/v1/admissions/ZR-2026-101", "editorial:demo")).isEqualTo(200);
        assertThat(get("/api/v1/townships")).contains("平襄镇");
        assertThat(get("/api/v1/townships/621121100/authorities")).contains("\"total\":25");
    }

    @Test
    void theRuleBaseBuiltInsideTheFatJarDecidesWithTheDecisionTable() throws Exception {
        String body = """
                {"itemCode":"TW-JC-002","itemName":"对食品小作坊的监督检查","category":"行政检查","legalBasis":"条例",
                 "fromDepartment":"县市场监督管理局","receiver":"寺子川乡","mode":"下放","townshipOpinion":"同意",
                 "support":["人员"]}""";
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/decisions/delegations"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editorial:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(201);
        // DLG-07 only fires when the decision table 事项类别归类 marks 行政检查 as 执法类
        assertThat(res.body()).contains("\"outcome\":\"DENY\"").contains("\"ruleId\":\"DLG-07\"");
    }

}
