package quanze.api.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A refusal the caller can act on: status, Chinese detail, and the bad fields if any. */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final List<Problem> problems;

    public ApiException(HttpStatus status, String detail, List<Problem> problems) {
        super(detail);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail, List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, detail, List.of());
    }

    public static ApiException badRequest(List<Problem> problems) {
        return new ApiException(HttpStatus.BAD_REQUEST, "请求内容有误：" + problems.size() + "处需要修改", problems);
    }

    public HttpStatus status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }
}
