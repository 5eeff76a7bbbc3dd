package quanze.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import quanze.catalog.DateRange;

/**
 * The reader of every date in a request body (api.md "Numbers and dates"): one outside {@link DateRange} is a 400 naming its field — a typo such as
 * 0202-01-01 or 20260-01-01, never a decision made on it. Dates are ISO (2026-11-23), as before.
 */
public final class BodyDates {
    private BodyDates() {
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
                if (!DateRange.contains(d)) {
                    throw InvalidFormatException.from(p, "日期超出范围，" + DateRange.EXPECTED, text, LocalDate.class);
                }
                return d;
            }
        };
    }
}
