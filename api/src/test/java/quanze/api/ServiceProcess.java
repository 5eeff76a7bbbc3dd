package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged service ({@code java -jar target/quanze.jar}, or {@code -Dquanze.jar}) started in its own process on a
 * free loopback port and a database of its own, for the tests that need a real one: started, then waited for until
 * ready (the demo loader, when on, done), its output in a log file the failure messages name.
 */
record ServiceProcess(Process process, ServiceClient client, Path log) {

    /**
     * @param jvm  options for the JVM (e.g. {@code -Xmx512m}), before {@code -jar}
     * @param args the service's own arguments (profiles, passwords), after the port and the database
     */
    static ServiceProcess start(Path log, TestDatabase.Db db, Duration patience, List<String> jvm, String... args)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", System.getProperty("quanze.jar", "target/quanze.jar"), "--server.port=" + port,
                "--server.address=127.0.0.1"));
        command.addAll(db.args());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServiceProcess service = new ServiceProcess(p, new ServiceClient(port), log);
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            assertThat(p.isAlive()).as("服务进程意外退出，见 %s", log).isTrue();
            assertThat(System.nanoTime()).as("服务 %d 秒内未就绪，见 %s", patience.toSeconds(), log).isLessThan(deadline);
            try {
                // ready means the demo loader is done (api.md): a client may import at once without racing it
                if (service.client().get("/actuator/health/readiness", null).status() == 200) {
                    return service;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
    }

    /** Stops it as an operator would (SIGTERM) and waits for it to end. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** Kills it at once (SIGKILL), as a power cut would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }
}
