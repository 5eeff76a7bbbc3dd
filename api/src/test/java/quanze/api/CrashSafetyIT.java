package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import quanze.cli.Generate;

/**
 * The service is killed (SIGKILL) in the middle of a large import and restarted on the same H2 file: the
 * import is either wholly there or wholly absent, and the decision log still verifies.
 */
class CrashSafetyIT {
    static final Path DIR = Path.of("target", "crash");
    ServiceClient client;

    @Test
    void anImportKilledHalfwayIsWhollyThereOrWhollyAbsent() throws Exception {
        if (!Files.exists(DIR.resolve("delegations.csv"))) {
            Generate.run(new String[] {"generate", "--townships", "300", "--items-per-township", "200", "--out", DIR.toString()},
                    System.out, System.err);
        }
        TestDatabase.Db db = TestDatabase.file(DIR.resolve("db-" + System.nanoTime()));
        ServiceProcess first = start(db);
        put("/api/v1/admin/accounts/editor", "{\"password\":\"crashcrash\",\"role\":\"EDITORIAL\"}");
        assertThat(upload("townships", DIR.resolve("townships.csv"))).isEqualTo(201);
        CompletableFuture<Integer> big = CompletableFuture.supplyAsync(() -> {
            try {
                return upload("delegations", DIR.resolve("delegations.csv"));
            } catch (Exception e) {
                return -1;
            }
        });
        Thread.sleep(4000);
        first.kill();
        // the kill must have cut the import short, or this test would prove nothing
        assertThat(big.handle((r, e) -> r).get()).as("导入应在被强制终止时尚未完成").isNotEqualTo(201);

        ServiceProcess second = start(db);
        try {
            int[] totals = new int[5];
            for (int i = 0; i < totals.length; i++) {
                String body = get("/api/v1/townships/" + (620000100 + i * 60) + "/authorities?size=1");
                totals[i] = Integer.parseInt(body.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
            }
            System.out.println("[crash] authority totals after restart: " + java.util.Arrays.toString(totals));
            assertThat(totals).satisfiesAnyOf(
                    t -> assertThat(t).containsOnly(0),
                    t -> assertThat(t).containsOnly(200));
            assertThat(get("/api/v1/decisions/verify", "admin:crash")).contains("\"intact\":true");
        } finally {
            second.stop();
        }
    }

    ServiceProcess start(TestDatabase.Db db) throws Exception {
        ServiceProcess service = ServiceProcess.start(DIR.resolve("service-" + System.nanoTime() + ".log"), db,
                Duration.ofSeconds(90), List.of(), "--quanze.admin.password=crash");
        client = service.client();
        return service;
    }

    String get(String path) throws Exception {
        return get(path, null);
    }

    String get(String path, String credentials) throws Exception {
        return client.get(path, credentials).body();
    }

    void put(String path, String json) throws Exception {
        client.put(path, "admin:crash", json);
    }

    int upload(String kind, Path file) throws Exception {
        return client.upload(kind, file, "editor:crashcrash").status();
    }
}
