package quanze.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged ranges of a sheet, and how many rows it holds (for a progress bar). The merges sit at the end of the
 * sheet XML, after every row, so the streaming reader would meet them too late: this pass reads the sheet's bytes once
 * more, looking only for {@code <mergeCell ref=…>} and {@code <row} without parsing the XML, and costs a fraction of
 * the SAX pass that follows. Written by hand because POI's event
 * model does not report merges and its user model would load the whole sheet.
 */
final class MergedCells {
    private static final Pattern MERGE = Pattern.compile("mergeCell\\s+ref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"");
    /** Longer than a {@code <mergeCell ref="XFD1048576:XFD1048576"/>} element, so no match is cut between chunks. */
    private static final int OVERLAP = 64;

    private MergedCells() {
    }

    /** A sheet's merged ranges and how many {@code <row>} elements it holds. */
    record Scan(List<CellRangeAddress> merged, int rows) {
    }

    private static final byte[] ROW = "<row".getBytes(StandardCharsets.US_ASCII);

    static Scan scan(InputStream sheetXml) throws IOException {
        List<CellRangeAddress> out = new ArrayList<>();
        byte[] buffer = new byte[1 << 16];
        String carry = "";
        int n;
        int rows = 0;
        // how much of "<row" the bytes so far end with; a row element is "<row" then a space or '>' (not <rowBreaks>)
        int matched = 0;
        while ((n = sheetXml.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (matched == ROW.length) {
                    if (b == ' ' || b == '>' || b == '\n' || b == '\r' || b == '\t') {
                        rows++;
                    }
                    matched = 0;
                }
                matched = b == ROW[matched] ? matched + 1 : b == ROW[0] ? 1 : 0;
            }
            // ISO-8859-1 maps each byte to one char: the ASCII markup reads the same whatever the text's encoding
            String chunk = carry + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
            Matcher m = MERGE.matcher(chunk);
            int consumed = 0;
            while (m.find()) {
                out.add(CellRangeAddress.valueOf(m.group(1)));
                consumed = m.end();
            }
            int keep = Math.max(consumed, chunk.length() - OVERLAP);
            carry = chunk.substring(keep);
        }
        return new Scan(out, rows);
    }
}
