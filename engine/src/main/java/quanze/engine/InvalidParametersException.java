package quanze.engine;

import java.util.List;

/** A parameter workbook with problems: refused whole, every problem listed. */
public class InvalidParametersException extends RuntimeException {
    private final List<ParameterProblem> problems;

    public InvalidParametersException(List<ParameterProblem> problems) {
        super("参数表有" + problems.size() + "个问题：" + problems.stream()
                .map(p -> "第" + p.row() + "行" + (p.column() == null ? "" : "“" + p.column() + "”列") + "：" + p.message())
                .reduce((a, b) -> a + "；" + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<ParameterProblem> problems() {
        return problems;
    }
}
