package io.github.ateraintercom.transformer.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts Atera date-times to Unix seconds. Atera writes them with an offset, with {@code Z}, with no
 * offset at all (then they are in the account's time zone), with fractional seconds, as a bare date,
 * or in the old {@code /Date(ms)/} form.
 */
public final class AteraDates {

    public static final String RULE = "invalid-date";
    private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

    private AteraDates() {
    }

    public static long unixSeconds(String column, String value, ZoneId accountZone) {
        Matcher legacy = MS_DATE.matcher(value);
        if (legacy.matches()) {
            return Math.floorDiv(Long.parseLong(legacy.group(1)), 1000);
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toEpochSecond();
        } catch (DateTimeException notOffset) {
            // no offset: the value is in the account's time zone
        }
        try {
            return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(accountZone).toEpochSecond();
        } catch (DateTimeException notLocal) {
            // maybe a bare date
        }
        try {
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(accountZone).toEpochSecond();
        } catch (DateTimeException notDate) {
            throw new InvalidValue(RULE, column, column + " '" + value + "' is not an ISO-8601 date-time");
        }
    }
}
