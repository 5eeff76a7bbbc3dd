package quanze.engine;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quanze.profile.ProfileParameter;
import quanze.profile.ProvinceProfile;

/**
 * The province parameter table (rules module, quanze/profile/parameters.csv). CN is the national
 * default every profile inherits; of several rows for one parameter the latest that has taken effect
 * on the decision date wins, so a new provincial limit is one new row.
 */
public final class Parameters {
    public static final String BASE_PROFILE = "CN";

    private final List<ProfileParameter> rows;

    public Parameters(List<ProfileParameter> rows) {
        this.rows = List.copyOf(rows);
    }

    static Parameters parse(byte[] csv) {
        List<ProfileParameter> rows = new ArrayList<>();
        List<String> lines = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            // Values never hold commas (they are names, numbers and flags), so a plain split is enough.
            String[] cells = line.split(",", -1);
            if (cells.length != 6) {
                throw new IllegalStateException("参数表第" + (i + 1) + "行应有6列（profile,name,value,effectiveFrom,source,clause）");
            }
            rows.add(new ProfileParameter(cells[0].strip(), cells[1].strip(), cells[2].strip(),
                    LocalDate.parse(cells[3].strip()), cells[4].strip(), cells[5].strip()));
        }
        return new Parameters(rows);
    }

    public List<ProfileParameter> rows() {
        return rows;
    }

    public boolean knows(String profile) {
        return rows.stream().anyMatch(r -> r.profile().equals(profile));
    }

    public ProvinceProfile profile(String code, LocalDate asOf) {
        Map<String, ProfileParameter> inForce = new HashMap<>();
        rows.stream()
                .filter(r -> r.profile().equals(BASE_PROFILE) || r.profile().equals(code))
                .filter(r -> !r.effectiveFrom().isAfter(asOf))
                // base rows first, then by date: a provincial row overrides the national default
                .sorted(Comparator.comparing((ProfileParameter r) -> !r.profile().equals(BASE_PROFILE))
                        .thenComparing(ProfileParameter::effectiveFrom))
                .forEach(r -> inForce.put(r.name(), r));
        return new ProvinceProfile(code, asOf, inForce);
    }
}
