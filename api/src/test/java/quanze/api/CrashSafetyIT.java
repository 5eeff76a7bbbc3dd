package quanze.api;

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
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import quanze.cli.Generate;

/**
 * The service is killed (SIGKILL) in the middle of a large import and restarted on the same H2 file: the
 * import is either wholly there or wholly absent, and the decision log still verifies.
 */
class CrashSafetyIT {
    static final Path DIR = Path.of("target", "crash");
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    int port;

    @Test
    void anImportKilledHalfwayIsWhollyThereOrWhollyAbsent() throws Exception {
        if (!Files.exists(DIR.resolve("delegations.csv"))) {
            Generate.run(new String[] {"generate", "--townships", "300", "--items-per-township", "200", "--out", DIR.toString()},
                    System.out, System.err);
        }
        TestDatabase.Db db = TestDatabase.file(DIR.resolve("db-" + System.nanoTime()));
        Process first = start(db);
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
        first.destroyForcibly().waitFor();
        // the kill must have cut the import short, or this test would prove nothing
        assertThat(big.handle((r, e) -> r).get()).as("导入应在被强制终止时尚未完成").isNotEqualTo(201);

        Process second = start(db);
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
            second.destroy();
            second.waitFor();
        }
    }

    Process start(TestDatabase.Db db) throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("quanze.jar", "target/quanze.jar"), "--server.port=" + port, "--quanze.admin.password=crash"));
        command.addAll(db.args());
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(DIR.resolve("service-" + port + ".log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!get("/actuator/health", null).contains("UP")) {
            assertThat(System.nanoTime()).as("服务 90 秒内未就绪").isLessThan(deadline);
            assertThat(p.isAlive()).as("服务进程意外退出").isTrue();
            Thread.sleep(200);
        }
        return p;
    }

    String get(String path) {
        return get(path, null);
    }

    String get(String path, String credentials) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            if (credentials != null) {
                b.header("Authorization", basic(credentials));
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            return "";
        }
    }

    void put(String path, String json) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", basic("admin:crash"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    int upload(String kind, Path file) throws Exception {
        String boundary = "crash" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/imports?kind=" + kind))
                        .header("Authorization", basic("editor:crashcrash"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
