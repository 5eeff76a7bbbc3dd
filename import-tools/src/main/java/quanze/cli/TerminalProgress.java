package quanze.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import quanze.importing.Progress;

/**
 * vet's progress bar for one list, drawn on the terminal's error stream (the summary stays on standard output):
 * rows read, and how many of them are decided (a delegation list is decided as it is read). Only on a terminal —
 * piped or in a script, vet prints nothing but its summary.
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

    /** A delegation list is decided while it is read (vetStreamed): the bar counts rows read, the message rows decided. */
    @Override
    public void decided(int rows, int of) {
        bar.setExtraMessage(String.format(" 已审查 %,d 行", rows));
        if (rows == of) {
            bar.maxHint(of);
            bar.stepTo(rows);
        }
    }

    /** The bar's length: the sheet's rows until the list is read, then its count. */
    @Override
    public void expect(int rows) {
        bar.maxHint(rows);
    }

    @Override
    public void close() {
        bar.close();
    }
}
