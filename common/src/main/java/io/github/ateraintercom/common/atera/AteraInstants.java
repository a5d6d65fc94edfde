package io.github.ateraintercom.common.atera;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the instants Atera writes: with an offset or {@code Z}, with no offset at all (then in the
 * account's time zone), with fractional seconds, as a bare date (midnight in the account's zone),
 * or in the old {@code /Date(ms)/} form.
 */
public final class AteraInstants {

    private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

    private AteraInstants() {
    }

    /** The instant, or empty when the value is none of Atera's shapes. */
    public static Optional<Instant> parse(String value, ZoneId accountZone) {
        Matcher legacy = MS_DATE.matcher(value);
        if (legacy.matches()) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(legacy.group(1))));
        }
        try {
            return Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeException notOffset) {
            // no offset: the value is in the account's time zone
        }
        try {
            return Optional.of(LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(accountZone).toInstant());
        } catch (DateTimeException notLocal) {
            // maybe a bare date
        }
        try {
            return Optional.of(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(accountZone).toInstant());
        } catch (DateTimeException notDate) {
            return Optional.empty();
        }
    }
}
