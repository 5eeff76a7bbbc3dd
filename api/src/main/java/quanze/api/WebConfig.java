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

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new LabeledConverters());
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
