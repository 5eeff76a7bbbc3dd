package quanze.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import quanze.cli.Generate;

/**
 * The service with a province loaded (issue #6): time from {@code java -jar} to healthy, the import of the
 * 300,000-row province over REST, then a load of 200 requests a second for 60 s on the authority list from a
 * generator in this JVM, on loopback only, bounded in count and time. Needs api/target/quanze.jar.
 */
@Tag("bench")
class ServiceBenchTest {
    static final Path DIR = Path.of("target", "bench");
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    int port;

    @Test
    void authorityListUnderLoad() throws Exception {
        Path jar = Path.of("..", "api", "target", "quanze.jar");
        if (!Files.exists(DIR.resolve("delegations.csv"))) {
            Generate.run(new String[] {"generate", "--townships", "1500", "--items-per-township", "200", "--out",
                    DIR.toString()}, System.out, System.err);
        }
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path db = DIR.resolve("service-db-" + UUID.randomUUID());
        long t0 = System.nanoTime();
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + System.getProperty("bench.service.heap", "4g"),
                "-Dquanze.admin.password=bench", "-jar", jar.toString(), "--server.port=" + port,
                "--quanze.admin.password=bench", "--spring.profiles.active=bench-none",
                "--spring.datasource.url=jdbc:h2:file:" + db.toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
                .redirectErrorStream(true).redirectOutput(DIR.resolve("service.log").toFile()).start();
        try {
            while (!get("/actuator/health").contains("UP")) {
                Thread.sleep(100);
            }
            double startup = (System.nanoTime() - t0) / 1e9;
            System.out.printf("[bench] service: java -jar to healthy %.1f s%n", startup);
            // an ADMIN may not import (api.md): it makes the editorial account the bench imports with
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/admin/accounts/editor"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:bench".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"benchbench\",\"role\":\"EDITORIAL\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long i0 = System.nanoTime();
            int status = upload("townships", DIR.resolve("townships.csv"));
            int status2 = upload("delegations", DIR.resolve("delegations.csv"));
            System.out.printf("[bench] service: import of 1,500 townships and 300,000 delegation rows over REST: %.1f s "
                    + "(HTTP %d, %d)%n", (System.nanoTime() - i0) / 1e9, status, status2);
            load();
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    void load() throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        Random random = new Random(7);
        int total = 200 * 60;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * 5_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String code = String.valueOf(620000100 + random.nextInt(1500));
            pool.submit(() -> {
                long t = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/townships/" + code + "/authorities?size=20")).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
                latencies.add(System.nanoTime() - t);
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("[bench] service: authority list at 200 req/s for 60 s: %d requests, %d errors, p50 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms%n", sorted.size(), errors.get(), sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }

    String get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            return "";
        }
    }

    int upload(String kind, Path file) throws Exception {
        String boundary = "quanze" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/imports?kind=" + kind))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:benchbench".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(20))
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            System.out.println("[bench] import " + kind + " answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(400, r.body().length())));
        }
        return r.statusCode();
    }
}
