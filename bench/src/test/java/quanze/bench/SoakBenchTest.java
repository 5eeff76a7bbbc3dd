package quanze.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
    ServiceClient client;

    @Test
    void fiveMinutesOfMixedLoad() throws Exception {
        Files.createDirectories(DIR);
        int port = Jvm.freePort();
        client = new ServiceClient(port);
        Process service = new ProcessBuilder(Jvm.tool("java"), "-Xmx2g",
                "-jar", Path.of("..", "api", "target", "quanze.jar").toString(), "--server.port=" + port,
                "--spring.profiles.active=demo", "--spring.datasource.url=jdbc:h2:file:"
                + DIR.resolve("soak-db-" + System.nanoTime()).toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
                .redirectErrorStream(true).redirectOutput(DIR.resolve("soak-service.log").toFile()).start();
        try {
            while (client.status("GET", "/api/v1/admissions/ZR-2026-101", null, "editorial:demo") != 200) {
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
                                status = client.upload("delegations", "通渭县", "d.csv", delegations, "editorial:demo").statusCode();
                            } else if (worker <= 2) {
                                HttpResponse<String> r = client.request("POST", "/api/v1/decisions/delegations", decision, "justice:demo");
                                status = r.statusCode();
                                if (status == 201) {
                                    accepted.add(r.body().replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1"));
                                }
                            } else {
                                status = client.status("GET", "/api/v1/townships/62112110" + (worker % 9) + "/authorities", null, null);
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
                if (client.status("GET", "/api/v1/decisions/" + id, null, "justice:demo") != 200) {
                    unreadable++;
                }
            }
            String verify = client.request("GET", "/api/v1/decisions/verify", null, "admin:demo").body();
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
}
