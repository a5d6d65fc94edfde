package io.github.ateraintercom.common.mapping;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Text as Intercom receives it: Unicode-normalised (NFC, so an "é" typed as e + accent matches one
 * typed as a single character), without zero-width spaces or byte-order marks, and with its
 * whitespace tidied. A one-line value (a name, a title) has every run of whitespace turned into one
 * space; a block (notes, a comment) keeps its line breaks, at most one blank line in a row.
 */
public final class Text {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\uFEFF]");
    private static final Pattern ANY_WHITESPACE = Pattern.compile("[\\h\\v]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\u0085\\u2028\\u2029]");
    private static final Pattern SPACES = Pattern.compile("[\\h\\x0B\\f]+");
    private static final Pattern SPACES_AROUND_BREAKS = Pattern.compile(" ?\\n ?");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private Text() {
    }

    /** One line of normalised text, or null when blank. */
    public static String line(String raw) {
        if (raw == null || tidy(raw)) {
            return raw;
        }
        return nullIfEmpty(ANY_WHITESPACE.matcher(normalised(raw)).replaceAll(" ").strip());
    }

    /** The one-line items of a semicolon-separated value (tags, attachment URLs), blank ones left out. */
    public static List<String> items(String raw) {
        return raw == null ? List.of() : Arrays.stream(raw.split(";")).map(Text::line).filter(Objects::nonNull).toList();
    }

    /** Normalised text keeping its line breaks, or null when blank. */
    public static String block(String raw) {
        if (raw == null || tidy(raw)) {
            return raw;
        }
        String text = LINE_BREAK.matcher(normalised(raw)).replaceAll("\n");
        text = SPACES.matcher(text).replaceAll(" ");
        text = SPACES_AROUND_BREAKS.matcher(text).replaceAll("\n");
        return nullIfEmpty(BLANK_LINES.matcher(text).replaceAll("\n\n").strip());
    }

    private static String normalised(String raw) {
        return INVISIBLE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll("");
    }

    /**
     * Printable ASCII with single inner spaces is already normal, one line or block alike: most
     * values are, and they skip the scans.
     */
    private static boolean tidy(String raw) {
        int length = raw.length();
        if (length == 0 || raw.charAt(0) == ' ' || raw.charAt(length - 1) == ' ') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c < ' ' || c > '~' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
