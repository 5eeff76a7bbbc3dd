package quanze.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * The service with a province loaded (issue #6): time from {@code java -jar} to healthy, the import of the
 * 300,000-row province over REST, then a load of 200 requests a second for twice 60 s on the authority list from a
 * generator in this JVM, on loopback only, bounded in count and time. Needs api/target/quanze.jar (or
 * {@code -Dbench.service.jar}).
 */
@Tag("bench")
class ServiceBenchTest {
    static final Path DIR = Path.of("target", "bench");
    ServiceClient client;

    @Test
    void authorityListUnderLoad() throws Exception {
        // -Dbench.service.jar=/path/to/quanze.jar: another release (a baseline commit's fat jar) under the same load
        Path jar = Path.of(System.getProperty("bench.service.jar", Path.of("..", "api", "target", "quanze.jar").toString()));
        ProvinceBenchTest.generated();
        int port = Jvm.freePort();
        client = new ServiceClient(port);
        // -Dbench.service.db=NAME reuses an H2 database a former run left in target/bench (no import, to try settings);
        // -Dbench.service.database=postgres runs on a fresh database of the local PostgreSQL (BenchDatabase.Postgres)
        String reuse = System.getProperty("bench.service.db", "");
        boolean postgres = "postgres".equals(System.getProperty("bench.service.database"));
        BenchDatabase database = postgres ? BenchDatabase.Postgres.fresh() : new BenchDatabase.H2(
                DIR.resolve(reuse.isEmpty() ? "service-db-" + UUID.randomUUID() : reuse),
                System.getProperty("bench.service.h2", ";CACHE_SIZE=262144"));
        long t0 = System.nanoTime();
        // -Dbench.service.java=/path/to/bin/java: the service on another JVM (e.g. Java 25 for its collectors)
        List<String> command = new ArrayList<>(List.of(System.getProperty("bench.service.java", Jvm.tool("java")),
                "-Xmx" + System.getProperty("bench.service.heap", "1g"), "-Xlog:gc:file=" + DIR.resolve("service-gc.log")));
        // the settings docs/scaling.md recommends for a province in 1 GB; -Dbench.service.jvm=" " runs G1's defaults
        String extra = System.getProperty("bench.service.jvm", "-XX:G1HeapRegionSize=4m -XX:MaxGCPauseMillis=20").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--quanze.admin.password=bench"));
        command.addAll(database.arguments());
        Process service = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(DIR.resolve("service.log").toFile()).start();
        try {
            while (!client.get("/actuator/health").contains("UP")) {
                Thread.sleep(100);
            }
            double startup = (System.nanoTime() - t0) / 1e9;
            System.out.printf("[bench] service: java -jar to healthy %.1f s%n", startup);
            // an ADMIN may not import (api.md): it makes the editorial account the bench imports with
            client.request("PUT", "/api/v1/admin/accounts/editor", "{\"password\":\"benchbench\",\"role\":\"EDITORIAL\"}",
                    "admin:bench");
            if (reuse.isEmpty()) {
                long i0 = System.nanoTime();
                int status = client.importList("townships", DIR.resolve("townships.csv"), "editor:benchbench");
                int status2 = client.importList("delegations", DIR.resolve("delegations.csv"), "editor:benchbench");
                System.out.printf("[bench] service: import of 1,500 townships and 300,000 delegation rows over REST: %.1f s "
                        + "(HTTP %d, %d); database %s%n", (System.nanoTime() - i0) / 1e9, status, status2, database);
            }
            // steady state: a long-running service has read every township's list before; the first reading of each
            // fills H2's page cache (measured apart, below)
            long w0 = System.nanoTime();
            List<Long> cold = new ArrayList<>();
            for (int t = 0; t < 1500; t++) {
                long s0 = System.nanoTime();
                client.status("GET", "/api/v1/townships/" + (620000100 + t) + "/authorities?size=20", null, null);
                cold.add(System.nanoTime() - s0);
            }
            Collections.sort(cold);
            System.out.printf("[bench] service: warm-up, each township's list read once in turn: %.1f s, p50 %.1f ms, p99 %.1f ms%n",
                    (System.nanoTime() - w0) / 1e9, cold.get(750) / 1e6, cold.get(1485) / 1e6);
            System.out.printf("[bench] service: load starts %.1f s after java -jar%n", (System.nanoTime() - t0) / 1e9);
            // two minutes of load, each reported: the first still pays for what the import left behind and for the
            // compilers finishing the request path; the second is the service as it runs from then on. Beside each,
            // what the service's threads spent (request threads; H2's background writer, the collector, the JIT)
            for (String minute : List.of("first minute", "second minute")) {
                var before = Jvm.threadCpu(service.pid());
                load(minute);
                System.out.printf("[bench] service: CPU of its threads in the %s: %s%n", minute,
                        Jvm.busiest(before, Jvm.threadCpu(service.pid()), 8));
            }
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
            if (postgres) {
                database.drop();
            }
        }
    }

    void load(String minute) throws Exception {
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
                if (client.status("GET", "/api/v1/townships/" + code + "/authorities?size=20", null, null) != 200) {
                    errors.incrementAndGet();
                }
                latencies.add(System.nanoTime() - t);
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("[bench] service: authority list at 200 req/s, %s: %d requests, %d errors, p50 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms%n", minute, sorted.size(), errors.get(), sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }
}
