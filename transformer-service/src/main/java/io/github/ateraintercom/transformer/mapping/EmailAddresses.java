package io.github.ateraintercom.transformer.mapping;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the default map takes for an email address, and the one form it is written in (Intercom keys users by it). */
public final class EmailAddresses {

    /** Deliberately loose: Intercom is the judge of an address; this only catches what is plainly not one. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddresses() {
    }

    public static boolean isAddress(String value) {
        return EMAIL.matcher(value).matches();
    }

    /** The address lower-cased; empty when there is none or it is plainly not an address. */
    public static Optional<String> normalised(String value) {
        return value == null || !isAddress(value) ? Optional.empty() : Optional.of(value.toLowerCase(Locale.ROOT));
    }
}
