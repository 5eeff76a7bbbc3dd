package quanze.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import quanze.decision.Outcome;
import quanze.decision.Severity;

/**
 * The verdicts of a list too long to keep in memory, in a temporary file in the order they were added (row order),
 * read back forward; asked for an earlier row than the last, it starts again from the top.
 */
final class VerdictSpill {
    private final Path file;
    private DataOutputStream out;
    private DataInputStream in;
    /** The record read ahead of the row asked for, not yet given out. */
    private int nextRow = -1;
    private Verdicts.RowVerdict next;
    private int lastAsked = Integer.MIN_VALUE;

    VerdictSpill() {
        try {
            file = Files.createTempFile("quanze-verdicts", ".bin");
            file.toFile().deleteOnExit();
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(int rowNumber, Verdicts.RowVerdict v) {
        try {
            out.writeInt(rowNumber);
            out.writeByte(v.outcome().ordinal());
            out.writeByte(v.worst() == null ? -1 : v.worst().ordinal());
            text(v.ruleIds());
            text(v.messages());
            text(v.citations());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    Verdicts.RowVerdict read(int rowNumber) {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
            if (in == null || rowNumber <= lastAsked) {
                rewind();
            }
            lastAsked = rowNumber;
            while (nextRow != -1 && nextRow < rowNumber) {
                advance();
            }
            return nextRow == rowNumber ? next : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rewind() throws IOException {
        if (in != null) {
            in.close();
        }
        in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        advance();
    }

    private void advance() throws IOException {
        try {
            nextRow = in.readInt();
        } catch (EOFException end) {
            nextRow = -1;
            next = null;
            return;
        }
        Outcome outcome = Outcome.values()[in.readByte()];
        byte worst = in.readByte();
        next = new Verdicts.RowVerdict(outcome, worst < 0 ? null : Severity.values()[worst], text(), text(), text());
    }

    private String text() throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    void close() {
        try {
            if (out != null) {
                out.close();
            }
            if (in != null) {
                in.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
