package quanze.catalog;

import java.util.List;

/**
 * A power a law itself gives to 乡、镇人民政府 (the table township-powers.csv in the rules module): the
 * law by its short title, the article, the words that name the power in a catalog, and the article's words.
 * DLG-04 (d) and DLG-17 read it: such a power is the township's own, not a delegation.
 */
public record StatutoryPower(String law, String article, List<String> words, String articleText, String source) {
    public StatutoryPower {
        words = List.copyOf(words);
    }

    /**
     * Whether a legal basis, folded by {@link #fold}, cites this article ("《中华人民共和国城乡规划法》第六十五条").
     * The rules pass the case's basis folded once ({@code basisText}), not once per power.
     */
    public boolean citedBy(String foldedBasis) {
        return foldedBasis != null && foldedBasis.contains(law) && foldedBasis.contains(article);
    }

    /** Whether a folded basis names the law and the item's name names the power, though no article is given. */
    public boolean describes(String foldedBasis, String itemName) {
        if (foldedBasis == null || itemName == null || !foldedBasis.contains(law)) {
            return false;
        }
        if (foldedBasis.contains(article)) {
            return true;
        }
        for (String w : words) {
            if (itemName.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A legal basis as these tests read it: full-width forms folded, spaces dropped; null stays null. */
    public static String fold(String legalBasis) {
        return legalBasis == null ? null : Text.normalise(legalBasis).replace(" ", "");
    }

    /** "《城乡规划法》第六十五条" for messages. */
    public String title() {
        return "《" + law + "》" + article;
    }
}
