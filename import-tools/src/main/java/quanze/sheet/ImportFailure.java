package quanze.sheet;

import java.util.List;

/** The file was refused: every problem found, nothing kept. */
public class ImportFailure extends Exception {
    private final List<ImportProblem> problems;

    /** A file with a broken column can have a problem on every row; the first ones tell the story. */
    public static final int MAX_LISTED = 1000;

    public ImportFailure(List<ImportProblem> problems) {
        super(problems.isEmpty() ? "导入失败" : problems.get(0).display());
        if (problems.size() > MAX_LISTED) {
            List<ImportProblem> cut = new java.util.ArrayList<>(problems.subList(0, MAX_LISTED));
            cut.add(ImportProblem.ofFile("另有" + (problems.size() - MAX_LISTED) + "个问题未列出，请先改正以上问题"));
            problems = cut;
        }
        this.problems = List.copyOf(problems);
    }

    public ImportFailure(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
