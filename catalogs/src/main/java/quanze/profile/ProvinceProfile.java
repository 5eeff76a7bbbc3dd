package quanze.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A province profile as of one date: the parameter rows in force then. Rules read it as a fact,
 * e.g. {@code ProvinceProfile(code == $c.profile, flag("赋权指导目录"))}.
 */
public record ProvinceProfile(String code, LocalDate asOf, Map<String, ProfileParameter> parameters) {
    public ProvinceProfile {
        parameters = Map.copyOf(parameters);
    }

    public Optional<String> value(String name) {
        ProfileParameter p = parameters.get(name);
        return p == null ? Optional.empty() : Optional.ofNullable(p.value());
    }

    public boolean flag(String name) {
        return value(name).map(v -> v.equals("是") || v.equalsIgnoreCase("true")).orElse(false);
    }

    public int integer(String name, int fallback) {
        return value(name).map(Integer::parseInt).orElse(fallback);
    }

    /**
     * A numeric limit for a township class: "党政机构上限（三类）" where the profile sets one per class
     * (GS), else "党政机构上限"; null when the profile sets none (CN: no numeric limit).
     */
    public Integer limit(String name, String townshipClass) {
        if (townshipClass != null) {
            var byClass = value(name + "（" + townshipClass + "）");
            if (byClass.isPresent()) {
                return Integer.valueOf(byClass.get());
            }
        }
        return value(name).map(Integer::valueOf).orElse(null);
    }

    /** A list parameter, its items separated by 、 (values never hold commas). */
    public List<String> list(String name) {
        return value(name).map(v -> List.of(v.split("、"))).orElse(List.of());
    }

    /** The first item of a list parameter that {@code text} contains, or null. */
    public String firstIn(String name, String text) {
        if (text == null) {
            return null;
        }
        return list(name).stream().filter(text::contains).findFirst().orElse(null);
    }

    public List<ProfileParameter> used() {
        return parameters.values().stream().toList();
    }
}
