package io.github.ateraintercom.common.mapping;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Custom fields, from column to attribute. The extractor names every column outside the export
 * layout {@code Custom: <Field Name>}; such a field becomes the Intercom attribute named in lower
 * case with anything but letters and digits turned into one underscore ({@code Contract Tier} →
 * {@code contract_tier}), since Intercom refuses most punctuation in attribute names.
 */
public final class CustomAttributeNames {

    private static final String COLUMN_PREFIX = "Custom:";
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_|_$");

    private CustomAttributeNames() {
    }

    /** The column a custom field is published under. */
    public static String column(String fieldName) {
        return COLUMN_PREFIX + " " + fieldName.strip();
    }

    /** Whether a column (as published, or as a header spells it in any case) is a custom field. */
    public static boolean isCustom(String column) {
        return column.regionMatches(true, 0, COLUMN_PREFIX, 0, COLUMN_PREFIX.length());
    }

    /** The field name of a custom column: {@code Custom: Contract Tier} → {@code Contract Tier}. */
    public static String fieldName(String column) {
        return column.substring(COLUMN_PREFIX.length()).strip();
    }

    /** The attribute a custom field becomes. */
    public static String of(String fieldName) {
        String words = NOT_LETTERS_OR_DIGITS.matcher(fieldName.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
        return EDGE_UNDERSCORES.matcher(words).replaceAll("");
    }
}
