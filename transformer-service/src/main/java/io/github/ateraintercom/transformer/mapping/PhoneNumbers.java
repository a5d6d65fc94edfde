package io.github.ateraintercom.transformer.mapping;

import io.github.ateraintercom.common.mapping.Text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone number as Intercom stores it: digits with an optional leading {@code +} and parentheses,
 * each run of separators (spaces, dots, hyphens, slashes) written as one space, and an extension
 * ({@code x}, {@code ext}, {@code extension} or {@code #} and up to 6 digits) written
 * {@code ext. 12}. Anything else, letters included (a vanity number like 1-800-FLOWERS cannot be
 * dialled from a record), or fewer than 5 digits before the extension, is refused: it is not a
 * number anyone can call. The country is not guessed, so a number is not rewritten to E.164.
 */
public final class PhoneNumbers {

    public static final String RULE = "invalid-phone";
    static final int MINIMUM_DIGITS = 5;

    private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*(?:ext\\.?|extension|x|#)\\s*(\\d{1,6})$");
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9()\\s.\\-/]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]+");

    private PhoneNumbers() {
    }

    /** The normalised number, or null when blank; an {@link InvalidValue} naming {@code column} when it is no number. */
    public static String normalised(String column, String raw) {
        String value = Text.line(raw);
        if (value == null) {
            return null;
        }
        String number = value;
        String extension = null;
        Matcher marked = EXTENSION.matcher(value);
        if (marked.find()) {
            number = value.substring(0, marked.start());
            extension = marked.group(1);
        }
        if (!NUMBER.matcher(number).matches()) {
            throw new InvalidValue(RULE, column, column + " '" + value
                    + "' is not a phone number: only digits, spaces, + ( ) . - / and an extension (x, ext, #) are allowed");
        }
        if (number.chars().filter(c -> c >= '0' && c <= '9').count() < MINIMUM_DIGITS) {
            throw new InvalidValue(RULE, column, column + " '" + value + "' is not a phone number: it has fewer than "
                    + MINIMUM_DIGITS + " digits");
        }
        String normalised = SEPARATORS.matcher(number.strip()).replaceAll(" ");
        return extension == null ? normalised : normalised + " ext. " + extension;
    }
}
