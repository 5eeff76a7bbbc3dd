package quanze.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quanze.catalog.Text;
import quanze.township.Township;

/** The township registry (乡镇基础信息) the receivers of a catalog are resolved against. */
public final class Registry {
    private final List<Township> townships;
    private final Map<String, Township> byCode = new HashMap<>();
    private final Map<String, Township> byName = new HashMap<>();

    public Registry(List<Township> townships) {
        this.townships = List.copyOf(townships);
        for (Township t : townships) {
            byCode.put(t.code(), t);
            byName.putIfAbsent(Text.normalise(t.name()).replace(" ", ""), t);
        }
    }

    public static Registry empty() {
        return new Registry(List.of());
    }

    public List<Township> all() {
        return townships;
    }

    /**
     * The forms a township's own body goes by in catalogs (rules.md TER "Resolution"): 平襄镇人民政府, 平襄镇政府,
     * 平襄镇党委, 东关街道办事处 all name the township 平襄镇 or 东关街道 (the suffixes are the word table
     * responsibility/township-units.csv, tag 机关名称后缀).
     */
    private static final List<String> BODY_SUFFIXES = RuleTables.vocabulary("responsibility/township-units").words("机关名称后缀");

    /** A township by its code or its name, in any of the forms its own body goes by. */
    public Optional<Township> find(String codeOrName) {
        String key = Text.normalise(codeOrName).replace(" ", "");
        Township t = byCode.get(key);
        if (t == null) {
            t = byName.get(key);
        }
        for (int i = 0; t == null && i < BODY_SUFFIXES.size(); i++) {
            String suffix = BODY_SUFFIXES.get(i);
            if (key.length() > suffix.length() + 1 && key.endsWith(suffix)) {
                t = byName.get(key.substring(0, key.length() - suffix.length()));
            }
        }
        return Optional.ofNullable(t);
    }

    public Set<String> counties() {
        Set<String> out = new LinkedHashSet<>();
        townships.forEach(t -> out.add(t.county()));
        return out;
    }

    public List<Township> ofCounty(String county) {
        List<Township> out = new ArrayList<>();
        for (Township t : townships) {
            if (t.county().equals(county)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The profile a county is bound to (rules.md: one county, one profile); CN when unknown. */
    public String profileOf(String county) {
        return townships.stream().filter(t -> t.county().equals(county)).map(Township::profile)
                .findFirst().orElse(Parameters.BASE_PROFILE);
    }

    public int size() {
        return townships.size();
    }
}
