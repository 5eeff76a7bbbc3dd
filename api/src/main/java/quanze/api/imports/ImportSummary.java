package quanze.api.imports;

import java.time.Instant;
import java.util.Map;

/** api.md: {id, kind, rows, outcomes}; with the county, version and who uploaded it. */
public record ImportSummary(String id, String kind, String county, int version, boolean current, String fileName,
                           String uploadedBy, Instant createdAt, int rows, Map<String, Integer> outcomes,
                           String ruleSetVersion) {
}
