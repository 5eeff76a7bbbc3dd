package quanze.sheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a catalog file, .xlsx (streamed) or .csv, into a {@link RowHandler}. The format is told by
 * the file's first bytes, not its name, so a renamed file gets the right message.
 */
public final class SheetReader {
    private SheetReader() {
    }

    public static void read(Path file, String fileName, List<String> requiredColumns, RowHandler handler)
            throws ImportFailure {
        byte[] magic = new byte[8];
        int n;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            n = in.readNBytes(magic, 0, magic.length);
        } catch (IOException e) {
            throw new ImportFailure(ImportProblem.ofFile("无法读取文件：" + e.getMessage()));
        }
        if (n == 0) {
            throw new ImportFailure(ImportProblem.ofFile("文件是空的"));
        }
        HeaderFinder finder = new HeaderFinder(requiredColumns, handler);
        try {
            dispatch(file, fileName, magic, n, finder);
        } catch (HeaderFinder.TooManyRows e) {
            throw new ImportFailure(new ImportProblem(e.sheet, 0, null,
                    "数据超过" + e.limit + "行的上限，请按县（市、区）拆分后分别导入"));
        }
        if (!finder.found()) {
            throw new ImportFailure(finder.notFound());
        }
    }

    private static void dispatch(Path file, String fileName, byte[] magic, int n, HeaderFinder finder) throws ImportFailure {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            XlsxRows.read(file, finder);
        } else if (n >= 8 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF
                && (magic[2] & 0xFF) == 0x11 && (magic[3] & 0xFF) == 0xE0) {
            throw new ImportFailure(ImportProblem.ofFile(
                    "文件是旧版 Excel（.xls）格式或设置了打开密码，无法读取：请取消密码后另存为 .xlsx 再导入"));
        } else if (lower.endsWith(".csv") || lower.endsWith(".txt") || looksLikeText(magic, n)) {
            CsvRows.read(file, fileName == null ? file.getFileName().toString() : fileName, finder);
        } else {
            throw new ImportFailure(ImportProblem.ofFile("文件不是 .xlsx 或 .csv 表格，请用 Excel 另存为 .xlsx 后导入"));
        }
    }

    /**
     * Every row of a catalog's data sheet as written (title rows included), streamed, for copying it into
     * its report: the named sheet of an .xlsx, or the rows of a .csv.
     */
    public static void rows(Path file, String sheetName, java.util.function.BiConsumer<Integer, List<String>> sink)
            throws ImportFailure {
        RowSink each = (sheet, row, cells) -> {
            sink.accept(row, cells);
            return true;
        };
        if (isZip(file)) {
            XlsxRows.sheet(file, sheetName, each);
        } else {
            CsvRows.each(file, file.getFileName().toString(), each);
        }
    }

    public static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] m = in.readNBytes(2);
            return m.length == 2 && m[0] == 'P' && m[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean looksLikeText(byte[] magic, int n) {
        for (int i = 0; i < n; i++) {
            int b = magic[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                return false;
            }
        }
        return true;
    }
}
