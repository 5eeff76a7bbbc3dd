package quanze.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every answer an API test receives through MockMvc is checked against the OpenAPI document the service publishes
 * (/v3/api-docs), so the document cannot drift from what the service answers: an undocumented status, a field the
 * schema does not have or a wrong type fails the test that met it.
 */
@TestConfiguration(proxyBeanMethods = false)
class OpenApiCheck {

    @Bean
    Holder openApiHolder(ObjectProvider<OpenApiWebMvcResource> docs) {
        return new Holder(docs);
    }

    @Bean
    MockMvcBuilderCustomizer openApiResponses(Holder holder) {
        return builder -> builder.alwaysDo(holder::check);
    }

    static final class Holder {
        private final ObjectProvider<OpenApiWebMvcResource> docs;
        private volatile OpenApiInteractionValidator validator;

        Holder(ObjectProvider<OpenApiWebMvcResource> docs) {
            this.docs = docs;
        }

        void check(MvcResult result) throws Exception {
            String path = result.getRequest().getRequestURI();
            if (!path.startsWith("/api/")) {
                return;
            }
            MockHttpServletResponse r = result.getResponse();
            SimpleResponse.Builder response = SimpleResponse.Builder.status(r.getStatus());
            if (r.getContentType() != null) {
                response.withContentType(r.getContentType());
            }
            byte[] body = r.getContentAsByteArray();
            if (body.length > 0) {
                boolean text = r.getContentType() != null && (r.getContentType().contains("json") || r.getContentType().startsWith("text/"));
                response.withBody(new String(body, text ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
            }
            ValidationReport report = validator().validateResponse(path,
                    Request.Method.valueOf(result.getRequest().getMethod()), response.build());
            if (report.hasErrors()) {
                throw new AssertionError("回答与 OpenAPI 文档不符：" + result.getRequest().getMethod() + " " + path + " → "
                        + r.getStatus() + "\n" + report.getMessages());
            }
        }

        OpenApiInteractionValidator validator() throws Exception {
            if (validator == null) {
                byte[] doc = docs.getObject().openapiJson(new MockHttpServletRequest("GET", "/v3/api-docs"), "/v3/api-docs",
                        Locale.ROOT);
                validator = OpenApiInteractionValidator.createForInlineApiSpecification(new String(doc, StandardCharsets.UTF_8))
                        .build();
            }
            return validator;
        }
    }
}
