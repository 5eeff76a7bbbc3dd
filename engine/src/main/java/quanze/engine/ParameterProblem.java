package quanze.engine;

/** Why a parameter workbook was refused: sheet, row and column as Excel shows them, and what is wrong. */
public record ParameterProblem(String sheet, int row, String column, String message) {
}
