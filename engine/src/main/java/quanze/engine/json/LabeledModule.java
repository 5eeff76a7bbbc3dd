package quanze.engine.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import quanze.catalog.Codes;
import quanze.catalog.Labeled;

/** api.md: "on input the Chinese label is accepted too" — for every code enum of the catalogs. */
public final class LabeledModule extends SimpleModule {
    public LabeledModule() {
        super("quanze-labeled");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, com.fasterxml.jackson.databind.JavaType type,
                                                              BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                if (Labeled.class.isAssignableFrom(type.getRawClass())) {
                    return deserializerFor(type.getRawClass());
                }
                return deserializer;
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonDeserializer<?> deserializerFor(Class<?> raw) {
        return new LabeledDeserializer(raw);
    }

    private static final class LabeledDeserializer<E extends Enum<E> & Labeled> extends StdScalarDeserializer<E> {
        private final Class<E> type;

        LabeledDeserializer(Class<E> type) {
            super(type);
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            return Codes.parse(type, text).orElseThrow(() -> ctxt.weirdStringException(text, type,
                    "应为 " + String.join("、", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                            + " 或 " + Codes.choices(type)));
        }
    }
}
