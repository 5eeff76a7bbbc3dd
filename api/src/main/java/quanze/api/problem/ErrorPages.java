package quanze.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The errors that never reach a controller answer like the others (api.md: a Chinese problem, application/problem+json):
 * what Tomcat sends itself (TRACE, a body it cannot read) through the error page, and what the security firewall
 * refuses (an encoded ";" "/" "." or a path parameter in the address).
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden
public class ErrorPages implements ErrorController {
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "请求有误，无法处理",
            401, "请先登录",
            403, "当前账号无权进行此操作",
            404, "找不到请求的资源",
            405, "该地址不支持此请求方法",
            413, "上传的文件超过大小限制",
            414, "请求地址过长",
            415, "不支持的内容类型",
            431, "请求头过大",
            505, "不支持的 HTTP 版本");
    static final String REJECTED = "请求地址含有不允许的字符（如编码的“/”“;”“.”或路径参数），请检查地址";

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE,
            MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = DETAILS.getOrDefault(status.value(),
                status.is5xxServerError() ? "服务内部错误，请稍后重试；如果问题持续，请联系管理员" : "请求未能完成");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemAdvice.problem(status, detail, List.of()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Container {
        /** The firewall's refusals, before any controller: 400 with a problem instead of Tomcat's error page. */
        @Bean
        RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
            // the firewall refuses TRACE and unknown methods too: those are a 405, not a bad address
            return (request, response, e) -> {
                if (!java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS").contains(request.getMethod())) {
                    write(response, json, HttpStatus.METHOD_NOT_ALLOWED, DETAILS.get(405));
                } else {
                    write(response, json, HttpStatus.BAD_REQUEST, REJECTED);
                }
            };
        }

        /**
         * Tomcat refuses an encoded "/" itself, with its own HTML page; passed through, the firewall refuses it with
         * the problem above.
         */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashToTheFirewall() {
            return factory -> factory.addConnectorCustomizers((Connector c) -> c.setEncodedSolidusHandling("passthrough"));
        }
    }

    static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ProblemAdvice.problem(status, detail, List.of()));
    }
}
