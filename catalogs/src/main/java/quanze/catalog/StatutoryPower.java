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

    /** Whether a legal basis cites this article ("《中华人民共和国城乡规划法》第六十五条"). */
    public boolean citedBy(String legalBasis) {
        return legalBasis != null && cites(folded(legalBasis));
    }

    /** Whether a basis names the law and the item's name names the power, though no article is given. */
    public boolean describes(String legalBasis, String itemName) {
        if (legalBasis == null || itemName == null) {
            return false;
        }
        String b = folded(legalBasis);
        return cites(b) || b.contains(law) && words.stream().anyMatch(itemName::contains);
    }

    private boolean cites(String foldedBasis) {
        return foldedBasis.contains(law) && foldedBasis.contains(article);
    }

    private static String folded(String legalBasis) {
        return Text.normalise(legalBasis).replace(" ", "");
    }

    /** "《城乡规划法》第六十五条" for messages. */
    public String title() {
        return "《" + law + "》" + article;
    }
}
