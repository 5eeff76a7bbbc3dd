package quanze.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * api.md "Numbers and dates": any date of a body before 1949 or after 2100 is a 400 naming its field — a typo such as
 * 0202-01-01 or 20260-01-01, never a decision made on it.
 */
public final class DateRangeModule extends SimpleModule {
    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2100;

    public DateRangeModule() {
        super("quanze-date-range");
        addDeserializer(LocalDate.class, new LocalDateDeserializer(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE) {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                LocalDate d = super.deserialize(p, ctxt);
                if (d != null && !inRange(d)) {
                    throw InvalidFormatException.from(p, "日期超出范围，应为" + FIRST_YEAR + "年至" + LAST_YEAR + "年之间的日期",
                            p.getText(), LocalDate.class);
                }
                return d;
            }
        });
    }

    public static boolean inRange(LocalDate d) {
        return d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR;
    }
}
