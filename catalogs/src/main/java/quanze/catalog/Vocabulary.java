package quanze.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A word table of the rule set (a CSV file beside the DRL that uses it, one row per word with the clause it
 * stands on): the words that mark an act, a body or a level, and the phrases that contain such a word but are
 * not that act — 申请人民法院强制执行 is no forced execution, 汛前安全检查 no inspection power. Rules ask it
 * which words a text names; what the words are is data a reviewer can diff line by line.
 *
 * <p>Each row is tagged with the rules or classes it serves ({@code tags}); an exclusion row with no tag
 * applies to every tag of its table. A row limited to some province profiles applies only under them.
 */
public final class Vocabulary {
    public enum Role { MATCH, EXCLUDE }

    public record Row(String word, Role role, Set<String> tags, Set<String> profiles, String basis, String note) {
        public Row {
            tags = Set.copyOf(tags);
            profiles = Set.copyOf(profiles);
        }

        boolean serves(String tag) {
            return tag == null || tags.contains(tag) || role == Role.EXCLUDE && tags.isEmpty();
        }

        boolean under(String profile) {
            return profiles.isEmpty() || profile == null || profiles.contains(profile);
        }
    }

    private final String name;
    private final List<Row> rows;

    /** The exclusion rows, longest first, so 配合执法部门查处 is blanked whole before 配合执法 could split it. */
    private final List<Row> exclusions;
    /** Per tag, the rows that serve it (a rule asks for one tag on every case: looked up once, not filtered each time). */
    private final java.util.Map<String, Row[]> matchesByTag = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Row[]> exclusionsByTag = new java.util.concurrent.ConcurrentHashMap<>();
    /** MATCH rows by their exact word (category labels, issuer levels). */
    private final java.util.Map<String, List<Row>> byWord = new java.util.HashMap<>();

    public Vocabulary(String name, List<Row> rows) {
        this.name = name;
        this.rows = List.copyOf(rows);
        this.exclusions = rows.stream().filter(r -> r.role == Role.EXCLUDE)
                .sorted(java.util.Comparator.comparingInt((Row r) -> r.word.length()).reversed()).toList();
        for (Row r : rows) {
            if (r.role == Role.MATCH) {
                byWord.computeIfAbsent(r.word, k -> new ArrayList<>()).add(r);
            }
        }
    }

    private Row[] matches(String tag) {
        String key = tag == null ? "" : tag;
        return matchesByTag.computeIfAbsent(key, k -> rows.stream().filter(r -> r.role == Role.MATCH && r.serves(tag))
                .toArray(Row[]::new));
    }

    private Row[] exclusions(String tag) {
        String key = tag == null ? "" : tag;
        return exclusionsByTag.computeIfAbsent(key, k -> exclusions.stream().filter(r -> r.serves(tag)).toArray(Row[]::new));
    }

    public String getName() {
        return name;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * The words of the table's {@code tag} that {@code text} names once every exclusion phrase of that tag is
     * blanked out, in table order; empty when none (or the text is null).
     */
    public List<String> found(String tag, String profile, String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String masked = masked(tag, profile, Text.normalise(text));
        Set<String> out = new LinkedHashSet<>();
        for (Row r : matches(tag)) {
            if (r.under(profile) && masked.contains(r.word)) {
                out.add(r.word);
            }
        }
        return List.copyOf(out);
    }

    /** The text with every exclusion phrase of {@code tag} blanked out. */
    private String masked(String tag, String profile, String text) {
        String masked = text;
        for (Row r : exclusions(tag)) {
            if (r.under(profile) && masked.contains(r.word)) {
                masked = masked.replace(r.word, "\u0000".repeat(r.word.length()));
            }
        }
        return masked;
    }

    public List<String> found(String tag, String text) {
        return found(tag, null, text);
    }

    public boolean names(String tag, String profile, String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = Text.normalise(text);
        Row[] candidates = matches(tag);
        boolean any = false;
        for (Row r : candidates) {
            if (r.under(profile) && t.contains(r.word)) {
                any = true;
                break;
            }
        }
        if (!any) {
            // the common case: no word of the table at all, so no exclusion needs blanking
            return false;
        }
        String masked = masked(tag, profile, t);
        for (Row r : candidates) {
            if (r.under(profile) && masked.contains(r.word)) {
                return true;
            }
        }
        return false;
    }

    public boolean names(String tag, String text) {
        return names(tag, null, text);
    }

    /** The tags of the rows whose word is exactly {@code key} (a category label, an issuer level). */
    public List<String> tagsOf(String key, String profile) {
        List<String> out = new ArrayList<>();
        for (Row r : byWord.getOrDefault(key, List.of())) {
            if (r.under(profile)) {
                out.addAll(r.tags);
            }
        }
        return out;
    }

    /** Whether {@code key} is a word of the table tagged {@code tag} under {@code profile}. */
    public boolean is(String key, String tag, String profile) {
        if (key == null) {
            return false;
        }
        for (Row r : byWord.getOrDefault(key, List.of())) {
            if (r.tags.contains(tag) && r.under(profile)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a tag, longest first (suffixes are tried longest first: 人民政府 before 政府). */
    public List<String> words(String tag) {
        return java.util.Arrays.stream(matches(tag)).map(Row::word)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Whether {@code text} ends with one of the words of {@code tag} (unit names: 县委, 县人民政府办公室 …). */
    public boolean endsWith(String tag, String text) {
        if (text == null) {
            return false;
        }
        String t = Text.normalise(text).replace(" ", "");
        for (Row r : matches(tag)) {
            if (t.endsWith(r.word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Vocabulary[" + name + ", " + rows.size() + " rows]";
    }
}
