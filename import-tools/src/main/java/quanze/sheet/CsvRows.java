package quanze.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV catalog with commons-csv. UTF-8 with or without BOM is the format of formats.md;
 * a file that is not valid UTF-8 is read as GB18030, which is what Chinese Excel saves as "CSV".
 * The sheet name reported in problems is the uploaded file's name.
 */
final class CsvRows {
    private static final int SNIFF = 64 * 1024;

    private CsvRows() {
    }

    static void read(Path file, String sheet, HeaderFinder finder) throws ImportFailure {
        finder.sheetRows(sheet, lines(file));
        each(file, sheet, finder::row);
    }

    /** The file's lines, counted in its bytes (a cell with a line break inside counts twice: an estimate). */
    static int lines(Path file) {
        int lines = 0;
        int last = -1;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
        } catch (IOException e) {
            return 0;
        }
        return last == -1 || last == '\n' ? lines : lines + 1;
    }

    /** @param sheet the name problems are reported under: the file name the user uploaded */
    static void each(Path file, String sheet, RowSink finder) throws ImportFailure {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF);
            Charset charset = isUtf8(head) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
            try (Reader reader = new BufferedReader(new InputStreamReader(
                    new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in), charset));
                 CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
                int row = 0;
                for (CSVRecord record : parser) {
                    row++;
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    if (row == 1 && !cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                        cells.set(0, cells.get(0).substring(1));
                    }
                    if (!finder.row(sheet, row, cells)) {
                        return;
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportFailure(ImportProblem.ofFile("CSV 文件格式有误，无法读取：" + e.getMessage()));
        }
    }

    /** Valid UTF-8, allowing a character cut at the end of the sniffed block. */
    private static boolean isUtf8(byte[] head) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int length = head.length;
        for (int cut = 0; cut < 4 && length - cut >= 0; cut++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(head, 0, length - cut));
                return true;
            } catch (CharacterCodingException e) {
                if (head.length < SNIFF) {
                    return false;
                }
            }
        }
        return false;
    }
}
