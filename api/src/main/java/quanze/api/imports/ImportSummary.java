package quanze.api.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import quanze.api.problem.Problem;

/**
 * api.md: {id, kind, rows, outcomes}; with the county, version and who uploaded it. {@code state} is DONE for a
 * stored import; an import uploaded to run in the background is RUNNING, with its {@code progress}, until it is
 * stored, or FAILED, with its {@code failure} — what the upload would have answered with had it waited.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportSummary(String id, String kind, String county, Integer version, Boolean current, String fileName,
                            String uploadedBy, Instant createdAt, Integer rows, Map<String, Integer> outcomes,
                            String ruleSetVersion, String state, Progress progress, Failure failure) {

    public static final String DONE = "DONE";
    public static final String RUNNING = "RUNNING";
    public static final String FAILED = "FAILED";

    /** A stored import. */
    public ImportSummary(String id, String kind, String county, int version, boolean current, String fileName,
                         String uploadedBy, Instant createdAt, int rows, Map<String, Integer> outcomes,
                         String ruleSetVersion) {
        this(id, kind, county, version, current, fileName, uploadedBy, createdAt, rows, outcomes, ruleSetVersion, DONE,
                null, null);
    }

    /**
     * How far a running import has got: QUEUED (waiting for the instance's import worker, busy with earlier uploads),
     * READ (rows read so far; how many there are is not known yet), DECIDE (rows decided of {@code rowsTotal}), STORE
     * (the decisions, rows and report being written).
     */
    public record Progress(String phase, int rowsRead, int rowsDecided, Integer rowsTotal, long elapsedMillis) {
    }

    /** Why a background import stored nothing: the status, detail and problems its upload would have answered. */
    public record Failure(int status, String detail, List<Problem> problems) {
    }
}
