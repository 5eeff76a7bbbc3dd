package quanze.delegation;

/**
 * A case with a power category, which the decision table 事项类别归类 classifies (执法类, 行政权力)
 * for every family that needs it: delegations and admission requests alike.
 */
public interface Categorized {
    Category getCategory();

    /** The category's Chinese label, the key of the word table category-traits.csv; null without a category. */
    default String getCategoryLabel() {
        return getCategory() == null ? null : getCategory().label();
    }

    /** The province profile the case is judged under (some classes differ by province: DLG-05). */
    String getProfile();
}
