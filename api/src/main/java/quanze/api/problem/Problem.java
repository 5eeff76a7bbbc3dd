package quanze.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of a problem's {@code problems} list (api.md): a JSON field, or a sheet/row/column of
 * an uploaded spreadsheet, with a Chinese message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@io.swagger.v3.oas.annotations.media.Schema(name = "ProblemEntry", description = "一处问题：字段，或工作表、行和列；中文说明")
public record Problem(String field, String sheet, Integer row, String column, String message) {
    public static Problem field(String field, String message) {
        return new Problem(field, null, null, null, message);
    }

    /** Adds "必填" for {@code field} when its value is missing, or text with nothing but blanks. */
    public static void require(java.util.List<Problem> out, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            out.add(field(field, "必填"));
        }
    }
}
