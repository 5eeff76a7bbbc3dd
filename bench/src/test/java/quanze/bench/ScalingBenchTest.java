package quanze.bench;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import quanze.cli.Generate;

/**
 * Issue #17 item 4: how {@code vet} grows with the list — 30,000, 300,000 and 3,000,000 delegation rows (150, 1,500
 * and 15,000 townships × 200 items, CSV in, annotated xlsx out), each in its own {@code java -Xmx1g} process: wall
 * time, peak RSS, and the live heap (the most the heap held right after a collection, from the GC log), which is what
 * says whether memory stays flat. A run that ends in OutOfMemoryError is recorded as such, not hidden.
 * Writes target/bench/scaling.md and target/bench/scaling.png (time and memory against rows).
 * {@code -Dbench.scaling.townships=150,1500} for fewer sizes, {@code -Dbench.scaling.xmx=4g} for another heap,
 * {@code -Dbench.scaling.replot=true} to draw the plot again from the last run's scaling.csv.
 */
@Tag("bench")
class ScalingBenchTest {
    static final Path DIR = Path.of("target", "bench");
    static final int ITEMS = 200;
    static final Pattern AFTER_GC = Pattern.compile("\\d+M(?:\\(\\d+%\\))?->(\\d+)M");

    /** One vet run: its size and what it cost; {@code finished} false when it ran out of memory or failed. */
    record Point(long rows, double seconds, long rssMb, long liveHeapMb, boolean finished, String end) {
    }

    @Test
    void vetTimeAndMemoryAgainstRows() throws Exception {
        String xmx = System.getProperty("bench.scaling.xmx", "1g");
        if (Boolean.getBoolean("bench.scaling.replot")) {
            // draw the plot again from the last run's figures (target/bench/scaling*.csv) without running anything
            plot(xmx);
            return;
        }
        int[] sizes = Arrays.stream(System.getProperty("bench.scaling.townships", "150,1500,15000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        Path jar = Files.list(Path.of("..", "import-tools", "target")).filter(p -> p.toString().endsWith("-cli.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("build import-tools first: mvn install -DskipTests"));
        List<Point> points = new ArrayList<>();
        StringBuilder md = new StringBuilder("| rows | wall | peak RSS | live heap (max after GC) | per 1,000 rows | end |\n"
                + "|---:|---:|---:|---:|---:|---|\n");
        for (int townships : sizes) {
            Path dir = DIR.resolve("scale-" + townships);
            if (!Files.exists(dir.resolve("delegations.csv"))) {
                Generate.run(new String[] {"generate", "--townships", String.valueOf(townships), "--items-per-township",
                        String.valueOf(ITEMS), "--out", dir.toString()}, System.out, System.err);
            }
            Point p = vet(jar, dir, (long) townships * ITEMS, xmx);
            points.add(p);
            String line = String.format(Locale.ROOT, "| %,d | %.1f s | %,d MB | %,d MB | %.2f s | %s |", p.rows(), p.seconds(),
                    p.rssMb(), p.liveHeapMb(), p.seconds() * 1000 / p.rows(), p.end());
            System.out.println("[bench] vet -Xmx" + xmx + " " + line);
            md.append(line).append('\n');
        }
        Files.writeString(DIR.resolve("scaling.md"), md);
        Files.write(DIR.resolve("scaling.csv"), points.stream().map(p -> String.format(Locale.ROOT, "%d,%.1f,%d,%d",
                p.rows(), p.seconds(), p.rssMb(), p.liveHeapMb())).toList());
        plot(xmx);
    }

    /**
     * The same lists imported over REST ({@code POST /api/v1/imports}, registry then delegations) into a fresh service
     * on an H2 file, one service per size: the import's wall time, the service's peak RSS (VmHWM) and live heap after
     * GC, and the database's size on disk per row. The default collector (G1): ZGC maps its heap several times, so
     * its RSS reads two to three times what it holds. {@code -Dbench.scaling.rest.townships=150,1500} (the default),
     * {@code -Dbench.scaling.rest.heap=4g} (the default; issue #17 item 2 is to bring it to 1g).
     */
    @Test
    void restImportTimeAndMemoryAgainstRows() throws Exception {
        if (Boolean.getBoolean("bench.scaling.replot")) {
            return;
        }
        String heap = System.getProperty("bench.scaling.rest.heap", "1g");
        String h2 = System.getProperty("bench.service.h2", "");
        boolean postgres = "postgres".equals(System.getProperty("bench.scaling.rest.db"));
        int[] sizes = Arrays.stream(System.getProperty("bench.scaling.rest.townships", "150,1500").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        Path jar = Path.of("..", "api", "target", "quanze.jar");
        StringBuilder md = new StringBuilder("| database | rows | import wall | service peak RSS | live heap (max after full GC)"
                + " | database on disk, per row | stored decisions | log per decision | items per decision"
                + " | compacted, per row | end |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        List<String> csv = new ArrayList<>();
        for (int townships : sizes) {
            Path dir = DIR.resolve("scale-" + townships);
            if (!Files.exists(dir.resolve("delegations.csv"))) {
                Generate.run(new String[] {"generate", "--townships", String.valueOf(townships), "--items-per-township",
                        String.valueOf(ITEMS), "--out", dir.toString()}, System.out, System.err);
            }
            long rows = (long) townships * ITEMS;
            BenchDatabase database = postgres ? BenchDatabase.Postgres.fresh()
                    : new BenchDatabase.H2(dir.resolve("service-db-" + System.nanoTime()), h2);
            Path gc = dir.resolve("service-gc.log");
            int port = Jvm.freePort();
            ServiceClient client = new ServiceClient(port);
            List<String> command = new ArrayList<>(List.of(Jvm.tool("java"),
                    "-Xmx" + heap, "-Xlog:gc:file=" + gc, "-jar", jar.toString(), "--server.port=" + port,
                    "--quanze.admin.password=bench"));
            command.addAll(database.arguments());
            Process service = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("service.log").toFile()).start();
            LiveHeap sampler = null;
            try {
                while (!client.get("/actuator/health").contains("UP")) {
                    if (!service.isAlive()) {
                        throw new IllegalStateException("the service stopped, see " + dir.resolve("service.log"));
                    }
                    Thread.sleep(100);
                }
                client.request("PUT", "/api/v1/admin/accounts/editor", "{\"password\":\"benchbench\",\"role\":\"EDITORIAL\"}",
                        "admin:bench");
                client.importList("townships", dir.resolve("townships.csv"), "editor:benchbench");
                sampler = LiveHeap.every(service.pid(), 10);
                long t0 = System.nanoTime();
                int status = client.importList("delegations", dir.resolve("delegations.csv"), "editor:benchbench");
                double seconds = (System.nanoTime() - t0) / 1e9;
                sampler.close();
                long rss = Files.readAllLines(Path.of("/proc", String.valueOf(service.pid()), "status")).stream()
                        .filter(l -> l.startsWith("VmHWM:")).map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                        .findFirst().orElse(0L);
                service.destroy();
                service.waitFor(60, TimeUnit.SECONDS);
                long live = liveAfterFullGc(gc);
                BenchDatabase.Stored stored = database.stored();
                String line = String.format(Locale.ROOT, "| %s | %,d | %.1f s | %,d MB | %,d MB | %,d MB, %,d bytes | %,d"
                                + " | %,d bytes | %,d bytes | %,d bytes | %s |", database.name(), rows, seconds, rss, live,
                        stored.bytes() >> 20, stored.bytes() / rows, stored.decisions(),
                        stored.logBytes() / Math.max(1, stored.decisions()),
                        stored.itemBytes() / Math.max(1, stored.decisions()), stored.compacted() / rows,
                        status == 201 ? "201" : "HTTP " + status);
                System.out.println("[bench] REST import -Xmx" + heap + " " + line);
                md.append(line).append('\n');
                csv.add(String.format(Locale.ROOT, "%d,%.1f,%d,%d", rows, seconds, rss, live));
            } finally {
                if (sampler != null) {
                    sampler.close();
                }
                service.destroyForcibly();
                database.drop();
            }
        }
        Files.writeString(DIR.resolve("scaling-rest.md"), md);
        Files.write(DIR.resolve("scaling-rest.csv"), csv);
        plot(System.getProperty("bench.scaling.xmx", "1g"));
    }

    /**
     * Asks the service for a full collection ({@code jcmd <pid> GC.run}) every few seconds while it imports: the heap
     * after a full collection is what it holds (after a young one it is whatever the old generation has not yet
     * collected). Costs the import a few hundred milliseconds a time.
     */
    static final class LiveHeap implements AutoCloseable {
        private final java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

        static LiveHeap every(long pid, int seconds) {
            LiveHeap l = new LiveHeap();
            String jcmd = Jvm.tool("jcmd");
            l.timer.scheduleWithFixedDelay(() -> {
                try {
                    new ProcessBuilder(jcmd, String.valueOf(pid), "GC.run").redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
                } catch (IOException | InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, seconds, seconds, TimeUnit.SECONDS);
            return l;
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    /** The most the heap held after any full collection in a GC log (0 when there was none). */
    static long liveAfterFullGc(Path gcLog) throws IOException {
        long max = 0;
        for (String line : Files.readAllLines(gcLog)) {
            if (line.contains("Pause Full")) {
                Matcher m = AFTER_GC.matcher(line);
                if (m.find()) {
                    max = Math.max(max, Long.parseLong(m.group(1)));
                }
            }
        }
        return max;
    }

    /** The plot of whichever runs have left their figures: vet (scaling.csv) and the REST import (scaling-rest.csv). */
    private static void plot(String xmx) throws IOException {
        plot(points(DIR.resolve("scaling.csv")), points(DIR.resolve("scaling-rest.csv")), xmx, DIR.resolve("scaling.png"));
        System.out.println("[bench] plot: " + DIR.resolve("scaling.png").toAbsolutePath());
    }

    private static List<Point> points(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return List.of();
        }
        return Files.readAllLines(csv).stream().map(l -> l.split(",")).map(f -> new Point(Long.parseLong(f[0]),
                Double.parseDouble(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), true, "finished")).toList();
    }

    /** The most the heap held right after a collection, from a -Xlog:gc file (G1's "a->b(c)", ZGC's "a->b"). */
    private static long liveHeap(Path gc) throws IOException {
        long live = 0;
        Matcher m = AFTER_GC.matcher(Files.readString(gc));
        while (m.find()) {
            live = Math.max(live, Long.parseLong(m.group(1)));
        }
        return live;
    }

    private static Point vet(Path jar, Path dir, long rows, String xmx) throws IOException, InterruptedException {
        Path time = dir.resolve("time.txt");
        Path gc = dir.resolve("gc.log");
        Path log = dir.resolve("vet.log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("/usr/bin/time", "-f", "%M", "-o", time.toString(),
                Jvm.tool("java"), "-Xmx" + xmx,
                "-Xlog:gc:file=" + gc, "-XX:+ExitOnOutOfMemoryError",
                // a nation's list is past the import's guard against runaway files (2,000,000 rows by default)
                "-Dquanze.import.max-rows=" + Math.max(2_000_000, rows + 1), "-jar", jar.toString(),
                "vet", "--townships", dir.resolve("townships.csv").toString(),
                "--delegations", dir.resolve("delegations.csv").toString(),
                "--out", dir.resolve("report.xlsx").toString(), "--as-of", "2026-11-23")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(2, TimeUnit.HOURS)) {
            p.destroyForcibly();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<String> timeLines = Files.readAllLines(time);
        long rss = Long.parseLong(timeLines.get(timeLines.size() - 1).strip().replaceAll("\\D", "")) / 1024;
        long live = liveHeap(gc);
        String out = Files.readString(log);
        boolean oom = out.contains("OutOfMemoryError");
        boolean ok = !oom && p.exitValue() == 0;
        return new Point(rows, seconds, rss, live, ok, ok ? "finished" : oom ? "OutOfMemoryError" : "exit " + p.exitValue());
    }

    /** Time and memory against rows on linear axes: linear growth is a straight line, constant memory a flat one. */
    static void plot(List<Point> vet, List<Point> rest, String xmx, Path png) throws IOException {
        XYSeriesCollection time = new XYSeriesCollection();
        XYSeriesCollection memory = new XYSeriesCollection();
        add(time, "vet -Xmx" + xmx + ": wall time (s)", vet, Point::seconds);
        add(memory, "vet: peak RSS (MB)", vet, Point::rssMb);
        add(memory, "vet: live heap after GC (MB)", vet, Point::liveHeapMb);
        add(time, "REST import: wall time (s)", rest, Point::seconds);
        add(memory, "service: peak RSS (MB)", rest, Point::rssMb);
        add(memory, "service: live heap after GC (MB)", rest, Point::liveHeapMb);
        NumberAxis rowsAxis = new NumberAxis("delegation rows (CSV in; vet writes the annotated xlsx)");
        rowsAxis.setNumberFormatOverride(new java.text.DecimalFormat("#,###"));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(rowsAxis);
        plot.add(subplot(time, "seconds"), 1);
        plot.add(subplot(memory, "MB"), 1);
        JFreeChart chart = new JFreeChart("quanze: cost against list size", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 700);
    }

    private static void add(XYSeriesCollection to, String name, List<Point> points,
                            java.util.function.ToDoubleFunction<Point> value) {
        if (points.isEmpty()) {
            return;
        }
        XYSeries series = new XYSeries(name);
        points.forEach(p -> series.add(p.rows(), value.applyAsDouble(p)));
        to.addSeries(series);
    }

    private static XYPlot subplot(XYSeriesCollection data, String unit) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        NumberAxis axis = new NumberAxis(unit);
        axis.setNumberFormatOverride(new java.text.DecimalFormat("#,###"));
        return new XYPlot(data, null, axis, renderer);
    }
}
