package quanze.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import quanze.catalog.Codes;
import quanze.catalog.Labeled;

/** Query parameters take codes or Chinese labels too (?category=行政处罚), as JSON bodies do. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {
    private final quanze.api.admin.ParameterTable parameters;

    WebConfig(quanze.api.admin.ParameterTable parameters) {
        this.parameters = parameters;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new LabeledConverters());
    }

    /** api.md: an asOf (or from/to) before 1949 or after 2100 is a 400; a future asOf inside that range is allowed. */
    @Override
    public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
        // every instance decides with the parameter table last put in force in the database
        registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                                     jakarta.servlet.http.HttpServletResponse response, Object handler) {
                parameters.refresh();
                return true;
            }
        }).addPathPatterns("/api/v1/**");
        registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                                     jakarta.servlet.http.HttpServletResponse response, Object handler) {
                java.util.List<quanze.api.problem.Problem> problems = new java.util.ArrayList<>();
                String withNul = BodyText.parameterWithNul(request);
                if (withNul != null) {
                    throw quanze.api.problem.ApiException.badRequest(java.util.List.of(
                            quanze.api.problem.Problem.field(withNul, "含有空字符（\\u0000），请删除")));
                }
                for (String name : java.util.List.of("asOf", "from", "to")) {
                    String value = request.getParameter(name);
                    if (value == null || value.isBlank()) {
                        continue;
                    }
                    try {
                        java.time.LocalDate d = java.time.LocalDate.parse(value.strip());
                        if (!quanze.catalog.DateRange.contains(d)) {
                            problems.add(quanze.api.problem.Problem.field(name, "“" + value + "”超出范围，"
                                    + quanze.catalog.DateRange.EXPECTED));
                        }
                    } catch (java.time.format.DateTimeParseException e) {
                        // the parameter's own binding reports a date that is not a date
                    }
                }
                if (!problems.isEmpty()) {
                    throw quanze.api.problem.ApiException.badRequest(problems);
                }
                return true;
            }
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class LabeledConverters implements ConverterFactory<String, Enum> {
        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> target) {
            if (!Labeled.class.isAssignableFrom(target)) {
                return s -> (T) Enum.valueOf(target, s.strip());
            }
            return s -> {
                java.util.Optional parsed = Codes.parse((Class) target, s);
                if (parsed.isEmpty()) {
                    throw new IllegalArgumentException("“" + s + "”不是可识别的值");
                }
                return (T) parsed.get();
            };
        }
    }
}
