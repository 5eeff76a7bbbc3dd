package quanze.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the titles a legal-basis cell names (《…》, or the text before its article numbers) and says, with the
 * word table legal-forms.csv, whether one of them is a law or regulation (DLG-15: only a law or regulation can
 * authorise, XZCF 第十九条, XZXK 第二十三条) or an organisation basis (ADM-04, ORG-03: a special law or
 * regulation, or a 党中央 document). The words are the table's; this class only finds the titles.
 */
public final class LegalTitles {
    private static final Pattern BRACKETED = Pattern.compile("《([^》]+)》");
    private static final Pattern ARTICLE = Pattern.compile("第[一二三四五六七八九十百零〇0-9]+条.*$");

    private LegalTitles() {
    }

    static List<String> titles(String basis) {
        List<String> out = new ArrayList<>();
        String b = Text.normalise(basis).replace(" ", "");
        Matcher m = BRACKETED.matcher(b);
        while (m.find()) {
            out.add(m.group(1));
        }
        if (out.isEmpty()) {
            for (String part : b.split("[、，,；;]")) {
                String t = ARTICLE.matcher(part).replaceAll("");
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Whether the basis names a law, an administrative regulation or a local regulation. */
    public static boolean authorises(String basis, Vocabulary forms) {
        if (basis == null || basis.isBlank()) {
            return false;
        }
        boolean legislature = forms.names("立法机关", basis);
        for (String title : titles(basis)) {
            if (forms.names("党内法规", title)) {
                continue;
            }
            if (forms.endsWith("人大制定方可", title)) {
                if (legislature) {
                    return true;
                }
            } else if (forms.endsWith("法律法规", title)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a counterpart-body requirement rests on a special law or regulation, or a 党中央 document (TW6 §1). */
    public static boolean organisationBasis(String basis, Vocabulary forms) {
        return basis != null && !basis.isBlank()
                && (forms.names("党中央", basis) || forms.names("党内法规", basis) || authorises(basis, forms));
    }
}
