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
    static final Pattern AFTER_GC = Pattern.compile("\\d+M->(\\d+)M\\(");

    /** One vet run: its size and what it cost; {@code finished} false when it ran out of memory or failed. */
    record Point(long rows, double seconds, long rssMb, long liveHeapMb, boolean finished, String end) {
    }

    @Test
    void vetTimeAndMemoryAgainstRows() throws Exception {
        String xmx = System.getProperty("bench.scaling.xmx", "1g");
        if (Boolean.getBoolean("bench.scaling.replot")) {
            // draw the plot again from the last run's figures (target/bench/scaling.csv) without running vet
            plot(Files.readAllLines(DIR.resolve("scaling.csv")).stream().map(l -> l.split(","))
                    .map(f -> new Point(Long.parseLong(f[0]), Double.parseDouble(f[1]), Long.parseLong(f[2]),
                            Long.parseLong(f[3]), true, "finished")).toList(), xmx, DIR.resolve("scaling.png"));
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
        plot(points, xmx, DIR.resolve("scaling.png"));
        System.out.println("[bench] plot: " + DIR.resolve("scaling.png").toAbsolutePath());
    }

    private static Point vet(Path jar, Path dir, long rows, String xmx) throws IOException, InterruptedException {
        Path time = dir.resolve("time.txt");
        Path gc = dir.resolve("gc.log");
        Path log = dir.resolve("vet.log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("/usr/bin/time", "-f", "%M", "-o", time.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx,
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
        long live = 0;
        Matcher m = AFTER_GC.matcher(Files.readString(gc));
        while (m.find()) {
            live = Math.max(live, Long.parseLong(m.group(1)));
        }
        String out = Files.readString(log);
        boolean oom = out.contains("OutOfMemoryError");
        boolean ok = !oom && p.exitValue() == 0;
        return new Point(rows, seconds, rss, live, ok, ok ? "finished" : oom ? "OutOfMemoryError" : "exit " + p.exitValue());
    }

    /** Time and memory against rows on linear axes: linear growth is a straight line, constant memory a flat one. */
    static void plot(List<Point> points, String xmx, Path png) throws IOException {
        XYSeries seconds = new XYSeries("wall time (s)");
        XYSeries rss = new XYSeries("peak RSS (MB)");
        XYSeries live = new XYSeries("live heap after GC (MB)");
        for (Point p : points) {
            seconds.add(p.rows(), p.seconds());
            rss.add(p.rows(), p.rssMb());
            live.add(p.rows(), p.liveHeapMb());
        }
        NumberAxis rowsAxis = new NumberAxis("delegation rows (vet, CSV in, annotated xlsx out, -Xmx" + xmx + ")");
        rowsAxis.setNumberFormatOverride(new java.text.DecimalFormat("#,###"));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(rowsAxis);
        plot.add(subplot(new XYSeriesCollection(seconds), "seconds"), 1);
        XYSeriesCollection memory = new XYSeriesCollection(rss);
        memory.addSeries(live);
        plot.add(subplot(memory, "MB"), 1);
        JFreeChart chart = new JFreeChart("quanze vet: cost against list size", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 700);
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
