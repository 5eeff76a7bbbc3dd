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
            byName.putIfAbsent(Text.normalise(t.name()), t);
        }
    }

    public static Registry empty() {
        return new Registry(List.of());
    }

    public List<Township> all() {
        return townships;
    }

    /** A township by its code or its name. */
    public Optional<Township> find(String codeOrName) {
        String key = Text.normalise(codeOrName);
        Township t = byCode.get(key);
        return Optional.ofNullable(t != null ? t : byName.get(key));
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
