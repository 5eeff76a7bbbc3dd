package quanze.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue #7: concurrent imports, decisions and authority queries against the demo service for a bounded time
 * (5 minutes unless -Dsoak.seconds says otherwise; loopback only), then every accepted decision must read
 * back and the decision log must verify.
 */
@Tag("bench")
class SoakBenchTest {
    static final Path DIR = Path.of("target", "bench");
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    int port;

    @Test
    void fiveMinutesOfMixedLoad() throws Exception {
        Files.createDirectories(DIR);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-jar", Path.of("..", "api", "target", "quanze.jar").toString(), "--server.port=" + port,
                "--spring.profiles.active=demo", "--spring.datasource.url=jdbc:h2:file:"
                + DIR.resolve("soak-db-" + System.nanoTime()).toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
                .redirectErrorStream(true).redirectOutput(DIR.resolve("soak-service.log").toFile()).start();
        try {
            while (send("GET", "/api/v1/admissions/ZR-2026-101", null, "editorial:demo") != 200) {
                Thread.sleep(200);
            }
            long seconds = Long.getLong("soak.seconds", 300);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            Queue<String> accepted = new ConcurrentLinkedQueue<>();
            AtomicInteger requests = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            byte[] delegations = Files.readAllBytes(Path.of("..", "demo", "tongwei-delegations.csv"));
            String decision = "{\"itemCode\":\"S\",\"itemName\":\"对露天焚烧秸秆的处罚\",\"category\":\"行政处罚\",\"legalBasis\":\"大气污染防治法\","
                    + "\"fromDepartment\":\"县生态环境局\",\"receiver\":\"平襄镇\",\"mode\":\"下放\",\"townshipOpinion\":\"同意\",\"support\":[\"人员\"]}";
            for (int w = 0; w < 6; w++) {
                int worker = w;
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            int status;
                            if (worker == 0) {
                                status = upload(delegations);
                            } else if (worker <= 2) {
                                HttpResponse<String> r = request("POST", "/api/v1/decisions/delegations", decision, "justice:demo");
                                status = r.statusCode();
                                if (status == 201) {
                                    accepted.add(r.body().replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1"));
                                }
                            } else {
                                status = send("GET", "/api/v1/townships/62112110" + (worker % 9) + "/authorities", null, null);
                            }
                            requests.incrementAndGet();
                            if (status >= 500 || status == 0) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
            int unreadable = 0;
            for (String id : accepted) {
                if (send("GET", "/api/v1/decisions/" + id, null, "justice:demo") != 200) {
                    unreadable++;
                }
            }
            String verify = request("GET", "/api/v1/decisions/verify", null, "admin:demo").body();
            System.out.printf("[bench] soak: %d s, %d requests (%.0f/s), %d server errors, %d decisions accepted, "
                            + "%d unreadable afterwards; log: %s%n", seconds, requests.get(), requests.get() / (double) seconds,
                    errors.get(), accepted.size(), unreadable, verify);
            assertThat(errors.get()).isZero();
            assertThat(unreadable).isZero();
            assertThat(verify).contains("\"intact\":true");
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    int send(String method, String path, String body, String credentials) {
        try {
            return request(method, path, body, credentials).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    HttpResponse<String> request(String method, String path, String body, String credentials) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60));
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    int upload(byte[] file) throws Exception {
        String boundary = "soak" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/imports?kind=delegations&county=通渭县"
                        .replace("通渭县", java.net.URLEncoder.encode("通渭县", StandardCharsets.UTF_8))))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editorial:demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
