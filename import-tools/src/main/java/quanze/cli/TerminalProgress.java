package quanze.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import quanze.importing.Progress;

/**
 * vet's progress bar for one list, drawn on the terminal's error stream (the summary stays on standard output):
 * rows read while reading, then rows decided of those read, with the time left. Only on a terminal — piped or in a
 * script, vet prints nothing but its summary.
 */
final class TerminalProgress implements Progress, AutoCloseable {
    private final ProgressBar bar;

    private TerminalProgress(String title, PrintStream err) {
        this.bar = new ProgressBarBuilder().setTaskName(title).setInitialMax(-1).setUnit(" 行", 1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(250).showSpeed().build();
    }

    /** A bar when standard output is a terminal, nothing otherwise. */
    static Progress forList(String title, PrintStream err) {
        return System.console() != null ? new TerminalProgress(title, err) : Progress.NONE;
    }

    static void close(Progress progress) {
        if (progress instanceof TerminalProgress t) {
            t.close();
        }
    }

    @Override
    public void read(int rows) {
        bar.setExtraMessage(" 读取");
        bar.stepTo(rows);
    }

    @Override
    public void decided(int rows, int of) {
        bar.maxHint(of);
        bar.setExtraMessage(" 审查");
        bar.stepTo(rows);
    }

    @Override
    public void close() {
        bar.close();
    }
}
