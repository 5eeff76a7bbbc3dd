package quanze.delegation;

/**
 * A classification the decision table 事项类别归类 attaches to a case ("执法类", "行政权力"), so
 * that which categories count as enforcement is a table a clerk edits, not code.
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
