package io.github.ateraintercom.common.mapping;

import java.util.Locale;

/**
 * The Intercom attribute an Atera custom field becomes: its name in lower case with anything but
 * letters and digits turned into one underscore ({@code Contract Tier} → {@code contract_tier}),
 * since Intercom refuses most punctuation in attribute names.
 */
public final class CustomAttributeNames {

    private CustomAttributeNames() {
    }

    public static String of(String fieldName) {
        return fieldName.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
    }
}
