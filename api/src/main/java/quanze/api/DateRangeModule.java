package quanze.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * api.md "Numbers and dates": any date of a body before 1949 or after 2100 is a 400 naming its field — a typo such as
 * 0202-01-01 or 20260-01-01, never a decision made on it. Dates are ISO (2026-11-23), as before.
 */
public final class DateRangeModule {
    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2100;

    private DateRangeModule() {
    }

    public static boolean inRange(LocalDate d) {
        return d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR;
    }

    /** Registered through the object-mapper builder, so it replaces JSR-310's reader of LocalDate. */
    public static StdScalarDeserializer<LocalDate> deserializer() {
        return new StdScalarDeserializer<>(LocalDate.class) {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
                }
                String text = p.getText().strip();
                if (text.isEmpty()) {
                    return null;
                }
                LocalDate d;
                try {
                    d = LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw InvalidFormatException.from(p, "应为日期，如 2026-11-23", text, LocalDate.class);
                }
                if (!inRange(d)) {
                    throw InvalidFormatException.from(p, "日期超出范围，应为" + FIRST_YEAR + "年至" + LAST_YEAR + "年之间的日期",
                            text, LocalDate.class);
                }
                return d;
            }
        };
    }
}
