package quanze.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What the benches need to start the service or the CLI in a JVM of their own: this JVM's tools and a free port. */
final class Jvm {
    private Jvm() {
    }

    /** A tool of the JVM running the bench ("java", "jcmd"): the service runs on the same JVM it is measured against. */
    static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /** A loopback port free at the moment of asking, for a service the bench starts. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * CPU seconds each kind of thread of a process has used so far (Linux /proc; the JVM's names with their numbers
     * dropped, so "C2 CompilerThread0" and "…1" add up): what a measured window spent, subtracted before from after.
     */
    static Map<String, Double> threadCpu(long pid) {
        Map<String, Double> cpu = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("[#-]?\\d+$", "");
                    String stat = Files.readString(task.resolve("stat"));
                    // the fields after the name in parentheses, which may hold spaces: utime and stime are 14 and 15
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    cpu.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0, Double::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cpu;
    }

    /** The threads that used the most CPU between two {@link #threadCpu} readings, as "name 1.2 s, …". */
    static String busiest(Map<String, Double> before, Map<String, Double> after, int count) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(count)
                .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue()))
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }
}
