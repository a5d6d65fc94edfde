package io.github.ateraintercom.sandbox.attribute;

import io.github.ateraintercom.sandbox.error.ApiException;

import java.util.regex.Pattern;

/** Intercom's rules for naming a custom attribute. */
final class AttributeNames {

    /** Letters, digits, currency symbols, spaces, underscores and hyphens ("Mithril Shirt" is fine, "!nv@l!d" is not). */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}\\p{Sc} _-]+");

    private AttributeNames() {
    }

    static String checked(String name) {
        if (!ALLOWED.matcher(name).matches()) {
            throw ApiException.badRequest("parameter_invalid",
                    "Your name for this attribute must only contain alphanumeric characters, currency symbols, and hyphens");
        }
        return name;
    }

    /** The refusal of a name already taken, worded as Intercom words it. */
    static ApiException taken(String name, AttributeModel takenIn, AttributeModel requestedFor) {
        return ApiException.badRequest("parameter_invalid", "You already have '" + name + "' in your "
                + takenIn.wording() + " data. To save this as new " + requestedFor.wording() + " data, use a different name.");
    }
}
