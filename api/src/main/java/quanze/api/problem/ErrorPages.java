package quanze.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
    static final String REJECTED = "请求地址含有不允许的字符（如编码的“/”“;”“.”或路径参数），请检查地址";

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE,
            MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemAdvice.problem(status, ProblemAdvice.detail(status), List.of()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Container {
        /** The firewall's refusals, before any controller: 400 with a problem instead of Tomcat's error page. */
        @Bean
        RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
            // the firewall refuses TRACE and unknown methods too: those are a 405, not a bad address
            return (request, response, e) -> {
                if (!java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS").contains(request.getMethod())) {
                    ProblemAdvice.write(response, json, HttpStatus.METHOD_NOT_ALLOWED,
                            ProblemAdvice.detail(HttpStatus.METHOD_NOT_ALLOWED));
                } else {
                    ProblemAdvice.write(response, json, HttpStatus.BAD_REQUEST, REJECTED);
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
}
