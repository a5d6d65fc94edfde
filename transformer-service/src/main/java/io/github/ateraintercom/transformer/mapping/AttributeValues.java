package io.github.ateraintercom.transformer.mapping;

import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.Text;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a source value into the value of the custom attribute it lands in, by the attribute's type:
 * text is normalised ({@link Text#block}), numbers and booleans are parsed, dates become Unix
 * seconds in the run's time zone, a list value must be one of its options (matched case-insensitively,
 * written as the option is spelt), and a set of options (pipe- or semicolon-separated) keeps the
 * options' order. A value that does not fit is an {@link InvalidValue} naming the column.
 */
public final class AttributeValues {

    private AttributeValues() {
    }

    /** The attribute value, or nothing for a blank source value. */
    public static Optional<Object> of(AttributeSpec attribute, String column, String raw, ZoneId accountZone) {
        String value = Text.block(raw);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(switch (attribute.type()) {
            case STRING -> attribute.multiple() ? optionSet(attribute, column, value) : value;
            case INTEGER -> integer(column, value);
            case FLOAT -> decimal(column, value);
            case BOOLEAN -> bool(column, value);
            case DATE -> AteraDates.unixSeconds(column, value, accountZone);
            case LIST -> option(attribute, column, value);
        });
    }

    private static long integer(String column, String value) {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException notWhole) {
            throw new InvalidValue("invalid-integer", column, column + " '" + value + "' is not a whole number");
        }
    }

    private static double decimal(String column, String value) {
        try {
            return new BigDecimal(value).doubleValue();
        } catch (NumberFormatException notNumber) {
            throw new InvalidValue("invalid-number", column, column + " '" + value + "' is not a number");
        }
    }

    private static boolean bool(String column, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "checked", "on" -> true;
            case "false", "no", "n", "0", "unchecked", "off" -> false;
            default -> throw new InvalidValue("invalid-boolean", column, column + " '" + value + "' is not true or false");
        };
    }

    private static String option(AttributeSpec attribute, String column, String value) {
        return attribute.options().stream().filter(option -> option.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new InvalidValue("invalid-option", column,
                        column + " '" + value + "' is not one of its options " + attribute.options()));
    }

    private static String optionSet(AttributeSpec attribute, String column, String value) {
        List<String> chosen = new ArrayList<>();
        Arrays.stream(value.split("[|;]")).map(String::strip).filter(part -> !part.isEmpty())
                .forEach(part -> chosen.add(option(attribute, column, part)));
        return String.join(", ", attribute.options().stream().filter(chosen::contains).toList());
    }
}
