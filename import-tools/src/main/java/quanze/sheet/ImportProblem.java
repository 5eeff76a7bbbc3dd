package quanze.sheet;

/**
 * One reason an import is refused (formats.md "Import errors"): where, as Excel shows it, and what
 * is wrong, in Chinese. {@code row} is 0 and {@code column} null for a problem with the whole file.
 */
public record ImportProblem(String sheet, int row, String column, String message) {

    public static ImportProblem ofFile(String message) {
        return new ImportProblem(null, 0, null, message);
    }

    /** "工作表“赋权事项”第5行“事项类别”列：…" */
    public String display() {
        StringBuilder out = new StringBuilder();
        if (sheet != null) {
            out.append("工作表“").append(sheet).append("”");
        }
        if (row > 0) {
            out.append("第").append(row).append("行");
        }
        if (column != null) {
            out.append("“").append(column).append("”列");
        }
        if (out.length() > 0) {
            out.append("：");
        }
        return out.append(message).toString();
    }
}
