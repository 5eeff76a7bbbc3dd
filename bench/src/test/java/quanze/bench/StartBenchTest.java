package quanze.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start to ready (issue #17 item 3): from starting the JVM to {@code /actuator/health} UP, no demo data, H2 in memory,
 * median of three for each launch, the launches interleaved so a machine whose speed drifts treats them alike. The
 * fat jar as built ({@code java -jar quanze.jar}) against what {@code bin/quanze-install} prepares, step by step:
 * Spring Boot's extracted layout (classes read from plain jars instead of jars nested in one), then the bean
 * definitions of the build's Spring AOT step instead of scanning and evaluating conditions, then the class-data-sharing
 * archive of a training start (on Java 25, {@code -Dbench.start.java}, its ahead-of-time cache). The process's CPU time at ready is printed beside it: on two cores, start-up is
 * CPU-bound. Needs api/target/quanze.jar; Linux (reads /proc, runs the bash script).
 */
@Tag("bench")
class StartBenchTest {
    static final Path DIR = Path.of("target", "bench", "start");
    /** The bean definitions written by the build's Spring AOT step (bin/quanze-install's launch line). */
    static final String SPRING_AOT = "-Dspring.aot.enabled=true";

    @Test
    void startToReady() throws Exception {
        Path jar = Path.of("..", "api", "target", "quanze.jar").toAbsolutePath().normalize();
        Files.createDirectories(DIR);
        Path installed = DIR.resolve("installed").toAbsolutePath();
        install(jar, installed, Jvm.tool("java"));
        Path extracted = installed.resolve("quanze.jar");
        Map<String, List<String>> launches = new TreeMap<>(Map.of(
                "1 fat jar", List.of("-jar", jar.toString()),
                "2 extracted", List.of("-jar", extracted.toString()),
                "3 extracted, Spring AOT", List.of(SPRING_AOT, "-jar", extracted.toString()),
                "4 extracted, Spring AOT, class-data archive", List.of(SPRING_AOT,
                        "-XX:SharedArchiveFile=" + installed.resolve("quanze.jsa"), "-jar", extracted.toString())));
        // -Dbench.start.baseline=/path/to/other/quanze.jar: a fat jar of another commit, interleaved with these
        String baseline = System.getProperty("bench.start.baseline");
        if (baseline != null && !baseline.isBlank()) {
            launches.put("0 fat jar, baseline " + baseline, List.of("-jar", Path.of(baseline).toAbsolutePath().toString()));
        }
        // -Dbench.start.java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java: the same release installed and started on
        // another JVM (on Java 25 bin/quanze-install makes an ahead-of-time cache instead of the class-data archive)
        String other = System.getProperty("bench.start.java");
        Map<String, String> javaOf = new TreeMap<>();
        if (other != null && !other.isBlank()) {
            Path installedOther = DIR.resolve("installed-other").toAbsolutePath();
            install(jar, installedOther, other);
            boolean aot = Files.exists(installedOther.resolve("quanze.aot"));
            String key = "5 " + other + ", extracted, Spring AOT, " + (aot ? "AOTCache" : "SharedArchiveFile");
            launches.put(key, List.of(SPRING_AOT, aot ? "-XX:AOTCache=" + installedOther.resolve("quanze.aot")
                    : "-XX:SharedArchiveFile=" + installedOther.resolve("quanze.jsa"),
                    "-jar", installedOther.resolve("quanze.jar").toString()));
            javaOf.put(key, other);
        }
        Map<String, List<double[]>> figures = new TreeMap<>();
        for (int round = 0; round < 3; round++) {
            for (var launch : launches.entrySet()) {
                double[] figure = start(javaOf.getOrDefault(launch.getKey(), Jvm.tool("java")), launch.getValue());
                figures.computeIfAbsent(launch.getKey(), k -> new ArrayList<>()).add(figure);
                System.out.printf("[bench] start: %s, run %d: ready in %.1f s, %.1f s of CPU%n", launch.getKey(),
                        round + 1, figure[0], figure[1]);
            }
        }
        figures.forEach((launch, runs) -> {
            runs.sort((a, b) -> Double.compare(a[0], b[0]));
            System.out.printf("[bench] start: %s, median of three: ready in %.1f s (%.1f / %.1f / %.1f), %.1f s of CPU%n",
                    launch, runs.get(1)[0], runs.get(0)[0], runs.get(1)[0], runs.get(2)[0], runs.get(1)[1]);
        });
    }

    /** Seconds to ready and the process's CPU seconds then. */
    static double[] start(String java, List<String> launch) throws Exception {
        int port = Jvm.freePort();
        ServiceClient client = new ServiceClient(port);
        long t0 = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
        command.addAll(launch);
        command.addAll(List.of("--server.port=" + port, "--quanze.admin.password=benchbench",
                "--spring.datasource.url=jdbc:h2:mem:start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        Process service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(DIR.resolve("service.log").toFile()).start();
        try {
            while (!client.get("/actuator/health").contains("UP")) {
                if (!service.isAlive()) {
                    throw new IllegalStateException("the service stopped; see " + DIR.resolve("service.log"));
                }
                Thread.sleep(20);
            }
            double ready = (System.nanoTime() - t0) / 1e9;
            String[] stat = Files.readString(Path.of("/proc", Long.toString(service.pid()), "stat")).split(" ");
            double cpu = (Long.parseLong(stat[13]) + Long.parseLong(stat[14])) / 100.0;
            return new double[] {ready, cpu};
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** bin/quanze-install of the jar into a directory, with the JVM the release will run on. */
    static void install(Path jar, Path dir, String java) throws Exception {
        List<String> command = List.of(Path.of("..", "bin", "quanze-install").toString(), jar.toString(), dir.toString());
        Path log = DIR.resolve("install.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA", java); // the archive is this JVM's only
        Process p = builder.start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command + "; see " + log);
        }
    }
}
