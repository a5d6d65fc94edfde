package io.github.ateraintercom.transformer.mapping;

import io.github.ateraintercom.common.atera.AteraInstants;

import java.time.ZoneId;

/** Converts Atera date-times to the Unix seconds Intercom takes, refusing what is not a date. */
public final class AteraDates {

    public static final String RULE = "invalid-date";

    private AteraDates() {
    }

    public static long unixSeconds(String column, String value, ZoneId accountZone) {
        return AteraInstants.parse(value, accountZone)
                .orElseThrow(() -> new InvalidValue(RULE, column, column + " '" + value + "' is not an ISO-8601 date-time"))
                .getEpochSecond();
    }
}
