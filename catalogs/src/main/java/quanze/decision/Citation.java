package quanze.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * One clause a finding rests on: a source key of shared/seeds/README.md (TW6, JS, XZCF …), the
 * clause (§13, 第二十四条, 四 …; null when a document is cited as a whole, e.g. LZQD) and, where
 * rules.md adds one, the note in brackets.
 */
public record Citation(String source, String clause, String note) {

    /**
     * Reads the citation column of rules.md: "XZCF 第二十四条; JS §16 (集中报省政府同意)";
     * "TW6 §10 / PL 13 (…)" and "TW6 §8, §13" are read as separate citations.
     */
    public static List<Citation> parseAll(String text) {
        List<Citation> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String group : text.split(";")) {
            String previousSource = null;
            for (String part : group.split(" / |, ")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                String note = null;
                int open = p.lastIndexOf(" (");
                if (open > 0 && p.endsWith(")")) {
                    note = p.substring(open + 2, p.length() - 1);
                    p = p.substring(0, open).strip();
                }
                int space = p.indexOf(' ');
                String source;
                String clause;
                if (space < 0 && previousSource != null) {
                    source = previousSource;
                    clause = p;
                } else if (space < 0) {
                    // a document cited as a whole (LZQD, LX24): no clause
                    source = p;
                    clause = null;
                } else {
                    source = p.substring(0, space);
                    clause = p.substring(space + 1).strip();
                }
                previousSource = source;
                out.add(new Citation(source, clause, note));
            }
        }
        return List.copyOf(out);
    }

    /** "XZCF 第二十四条（决定应当公布）" for reports. */
    public String display() {
        String head = clause == null ? source : source + " " + clause;
        return note == null ? head : head + "（" + note + "）";
    }
}
