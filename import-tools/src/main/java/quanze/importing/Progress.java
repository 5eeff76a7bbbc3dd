package quanze.importing;

/**
 * How far a list has got through the pipeline, for a long import's progress bar (the service's import job, the
 * command line's bar on a terminal): rows read so far, then rows decided of those read. Called from the thread that
 * runs the pipeline; an implementation that shows it elsewhere hands it over itself.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void read(int rows) {
        }

        @Override
        public void decided(int rows, int of) {
        }
    };

    /** Rows of the data sheet read so far (every {@link #EVERY} rows, and once at the end). */
    void read(int rows);

    /** Rows decided so far, of {@code of} read. */
    void decided(int rows, int of);

    /**
     * How many data rows the list holds, as far as is known: while it is read, an estimate from the size of its sheet
     * (its rows below the header, blank ones and notes included); once read, the count.
     */
    default void expect(int rows) {
    }

    /** How often reading reports: often enough for a bar, rare enough to cost nothing. */
    int EVERY = 1_000;
}
