package quanze.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import quanze.engine.InvalidParametersException;
import quanze.engine.delegation.UnknownReceiverException;
import quanze.sheet.ImportFailure;
import quanze.sheet.ImportProblem;

/**
 * Every error leaves as an RFC 9457 problem with a Chinese {@code detail} (api.md), never a stack
 * trace. Spring's own MVC errors get Chinese details by status.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);
    /** The Chinese detail of an error with nothing more specific to say, by status: Spring's, Tomcat's, the firewall's. */
    private static final Map<Integer, String> DETAILS = Map.ofEntries(
            Map.entry(400, "请求有误"),
            Map.entry(401, "请先登录"),
            Map.entry(403, "当前账号无权进行此操作"),
            Map.entry(404, "找不到请求的资源"),
            Map.entry(405, "该地址不支持此请求方法"),
            Map.entry(406, "无法提供所请求的格式"),
            Map.entry(413, "上传的文件超过大小限制"),
            Map.entry(414, "请求地址过长"),
            Map.entry(415, "不支持的内容类型，请发送 JSON（application/json）或表格文件（multipart/form-data）"),
            Map.entry(431, "请求头过大"),
            Map.entry(505, "不支持的 HTTP 版本"));
    static final String INTERNAL = "服务内部错误，请稍后重试；如果问题持续，请联系管理员";

    static String detail(HttpStatusCode status) {
        return DETAILS.getOrDefault(status.value(), status.is5xxServerError() ? INTERNAL : "请求未能完成");
    }

    /** Writes a problem where no controller answers (security entry points, the firewall's refusals). */
    public static void write(jakarta.servlet.http.HttpServletResponse response, com.fasterxml.jackson.databind.ObjectMapper json,
                             HttpStatus status, String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem(status, detail, List.of()));
    }

    public static ProblemDetail problem(HttpStatusCode status, String detail, List<Problem> problems) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        if (!problems.isEmpty()) {
            pd.setProperty("problems", problems);
        }
        return pd;
    }

    /**
     * What a request failing with {@code e} answers, for work that outlives its request (a background import): the
     * same status, detail and problems as if the client had waited.
     */
    public ProblemDetail answer(Exception e) {
        ResponseEntity<ProblemDetail> answer = e instanceof ApiException api ? api(api)
                : e instanceof ImportFailure failure ? importFailure(failure)
                : e instanceof UnknownReceiverException unknown ? unknownReceiver(unknown)
                : unexpected(e);
        return answer.getBody();
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return ResponseEntity.status(e.status()).body(problem(e.status(), e.getMessage(), e.problems()));
    }

    @ExceptionHandler(ImportFailure.class)
    ResponseEntity<ProblemDetail> importFailure(ImportFailure e) {
        List<Problem> problems = e.problems().stream().map(ProblemAdvice::of).toList();
        return ResponseEntity.unprocessableEntity().body(problem(HttpStatus.UNPROCESSABLE_ENTITY,
                "文件未导入：共" + e.problems().size() + "个问题，请改正后重新上传，本次没有保存任何数据", problems));
    }

    @ExceptionHandler(InvalidParametersException.class)
    ResponseEntity<ProblemDetail> invalidParameters(InvalidParametersException e) {
        List<Problem> problems = e.problems().stream()
                .map(p -> new Problem(null, p.sheet(), p.row() > 0 ? p.row() : null, p.column(), p.message())).toList();
        return ResponseEntity.unprocessableEntity().body(problem(HttpStatus.UNPROCESSABLE_ENTITY,
                "参数表未启用：共" + problems.size() + "个问题，请改正后重新上传；现行参数表不变", problems));
    }

    @ExceptionHandler(UnknownReceiverException.class)
    ResponseEntity<ProblemDetail> unknownReceiver(UnknownReceiverException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "请求内容有误：1处需要修改",
                List.of(Problem.field(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "请求参数有误",
                List.of(Problem.field(e.getName(), "“" + e.getValue() + "”不是有效的值"))));
    }

    /** A multipart body the container cannot read (cut short, no closing boundary): nothing was uploaded. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> brokenUpload(org.springframework.web.multipart.MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "上传未能读取，没有保存任何数据",
                List.of(Problem.field("file", "上传的文件不完整或格式有误（multipart/form-data 未能解析），请重新上传"))));
    }

    private static ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "上传的文件超过大小限制（" + e.getMaxUploadSize() / 1024 / 1024 + " MB）",
                List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "当前账号无权进行此操作", List.of()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem(HttpStatus.UNAUTHORIZED, "请先登录", List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        LOG.error("未预期的错误", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL, List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        List<Problem> problems;
        if (cause instanceof UnrecognizedPropertyException u) {
            problems = List.of(Problem.field(path(u), "未知字段"));
        } else if (cause instanceof InvalidFormatException f) {
            problems = List.of(Problem.field(path(f), "“" + f.getValue() + "”无效，" + hint(f)));
        } else if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            problems = List.of(Problem.field(path(m), "类型不正确"));
        } else if (cause instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            problems = List.of(Problem.field("$", "字段内容过长，每个字段最多" + quanze.importing.CatalogReader.MAX_CELL + "个字符"));
        } else if (cause instanceof JsonProcessingException p) {
            problems = List.of(Problem.field("$", "不是有效的 JSON（第" + p.getLocation().getLineNr() + "行第"
                    + p.getLocation().getColumnNr() + "列附近）"));
        } else {
            problems = List.of(Problem.field("$", "请求体为空或不是有效的 JSON"));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
                "请求内容有误：" + problems.size() + "处需要修改", problems));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "缺少请求参数",
                List.of(Problem.field(ex.getParameterName(), "必须提供"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "缺少上传文件",
                List.of(Problem.field(ex.getRequestPartName(), "请以 multipart/form-data 上传文件"))));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(ex));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail pd && body == null) {
            pd.setDetail(detail(statusCode));
        }
        return response;
    }

    private static String hint(InvalidFormatException f) {
        String original = String.valueOf(f.getOriginalMessage());
        int i = original.indexOf("应为");
        if (i >= 0) {
            return original.substring(i);
        }
        Class<?> target = f.getTargetType();
        if (target == java.time.LocalDate.class) {
            return "应为日期，如 2026-11-23";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "应为 true 或 false";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "应为数字";
        }
        return "格式不正确";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static Problem of(ImportProblem p) {
        return new Problem(null, p.sheet(), p.row() > 0 ? p.row() : null, p.column(), p.message());
    }
}
