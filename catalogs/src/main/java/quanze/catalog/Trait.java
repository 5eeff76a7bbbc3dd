package quanze.catalog;

/**
 * A classification a decision table attaches to a case ("执法类", "行政权力", "中央或省级"), so
 * what counts as enforcement, or as central or provincial, is a table a clerk edits, not code.
 */
public record Trait(Object subject, String name) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Trait t && t.subject == subject && t.name.equals(name);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(subject) * 31 + name.hashCode();
    }
}
