package quanze.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * The reader of every string in a request body: a NUL (\u0000) is no text anyone typed and PostgreSQL cannot store
 * it, so it is a 400 naming the field, not a 500 from the database (found by the API fuzz test on PostgreSQL).
 */
public final class BodyText {
    static final String NUL = "\u0000";

    private BodyText() {
    }

    public static StdScalarDeserializer<String> deserializer() {
        return new StdScalarDeserializer<>(String.class) {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String s = StringDeserializer.instance.deserialize(p, ctxt);
                if (s != null && s.contains(NUL)) {
                    throw InvalidFormatException.from(p, "应为不含空字符（\\u0000）的文字", s.replace(NUL, "\\u0000"), String.class);
                }
                return s;
            }
        };
    }

    /** The same for query parameters: the name of the first that holds a NUL, or null. */
    static String parameterWithNul(jakarta.servlet.http.HttpServletRequest request) {
        for (var e : request.getParameterMap().entrySet()) {
            for (String v : e.getValue()) {
                if (v != null && v.contains(NUL)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }
}
