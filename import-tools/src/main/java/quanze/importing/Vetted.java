package quanze.importing;

import java.util.List;

/**
 * A catalog read, validated and decided: the county it belongs to, where its data sheet stood, its rows as read
 * ({@link #values(Class)}: what the service stores beside the decisions) and the decisions with the verdicts its
 * annotated report shows; {@code result} is null for a list that is data only (the duty lists).
 */
public record Vetted(CatalogKind kind, String county, String sheet, int headerRow, int rows, List<?> values,
                     Vetting.Result result) {

    /** The rows as read, typed: {@code DelegationCatalog.Row}, {@code Matter}, {@code Admission}, … by kind. */
    public <T> List<T> values(Class<T> type) {
        for (Object v : values) {
            if (!type.isInstance(v)) {
                throw new IllegalArgumentException(kind.code() + " 的行不是 " + type.getSimpleName());
            }
        }
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) values;
        return typed;
    }
}
