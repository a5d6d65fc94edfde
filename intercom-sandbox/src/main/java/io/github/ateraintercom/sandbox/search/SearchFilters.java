package io.github.ateraintercom.sandbox.search;

import io.github.ateraintercom.sandbox.attribute.ValueKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One search filter as a predicate. Values are brought to a comparable form first: strings compare
 * regardless of case, numbers by value, and dates by calendar day in the workspace's time zone.
 */
public final class SearchFilters {

    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]*");

    /** How sorting compares two values of one field. */
    static final Comparator<Object> VALUE_ORDER = (first, second) -> {
        if (first instanceof Number a && second instanceof Number b) {
            return decimal(a).compareTo(decimal(b));
        }
        if (first instanceof Boolean a && second instanceof Boolean b) {
            return a.compareTo(b);
        }
        String a = String.valueOf(first);
        String b = String.valueOf(second);
        if (DIGITS.matcher(a).matches() && DIGITS.matcher(b).matches()) {
            // conversation ids are numbers written as strings: "10" comes after "9"
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        return a.compareToIgnoreCase(b);
    };

    /** The negative operators: they hold for an object without any value, and must hold for each of several. */
    private static final Set<String> NEGATIVE = Set.of("!=", "!~", "NIN");

    private SearchFilters() {
    }

    /** How a custom attribute holding values of {@code kind} is searched. */
    public static SearchKind kindOf(ValueKind kind) {
        return switch (kind) {
            case INTEGER, NUMBER -> SearchKind.NUMBER;
            case BOOLEAN -> SearchKind.BOOLEAN;
            case DATE -> SearchKind.DATE;
            case TEXT, ANY -> SearchKind.STRING;
        };
    }

    static <T> Predicate<T> of(SearchField<T> field, String operator, Object value, ZoneId zone) {
        SearchKind kind = field.kind();
        boolean list = operator.equals("IN") || operator.equals("NIN");
        if (list != value instanceof List) {
            throw SearchParser.invalid(list
                    ? "Operator '" + operator + "' needs an array of values"
                    : "Operator '" + operator + "' needs a single value, not an array");
        }
        if (value == null) {
            // "= null" finds objects without the field, "!= null" those with it.
            if (!operator.equals("=") && !operator.equals("!=")) {
                throw SearchParser.invalid("Operator '" + operator + "' needs a value");
            }
            boolean absent = operator.equals("=");
            return item -> values(field, item, zone).isEmpty() == absent;
        }
        Predicate<Object> test;
        if (list) {
            Set<Object> wanted = ((List<?>) value).stream()
                    .map(one -> wanted(kind, one, field.name(), zone))
                    .collect(Collectors.toSet());
            boolean in = operator.equals("IN");
            test = actual -> (actual != null && wanted.contains(actual)) == in;
        } else {
            Object wanted = wanted(kind, value, field.name(), zone);
            test = actual -> holds(operator, actual, wanted);
        }
        boolean negative = NEGATIVE.contains(operator);
        return item -> {
            List<Object> values = values(field, item, zone);
            if (values.isEmpty()) {
                return test.test(null);
            }
            return negative ? values.stream().allMatch(test) : values.stream().anyMatch(test);
        };
    }

    /** The object's values of the field in comparable form; values of another type count as absent. */
    private static <T> List<Object> values(SearchField<T> field, T item, ZoneId zone) {
        Object raw = field.read(item);
        Stream<?> each = raw instanceof Collection<?> several ? several.stream() : Stream.ofNullable(raw);
        return each.map(one -> comparable(field.kind(), one, zone)).filter(Objects::nonNull).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean holds(String operator, Object actual, Object wanted) {
        if (actual == null) {
            return NEGATIVE.contains(operator);
        }
        return switch (operator) {
            case "=" -> actual.equals(wanted);
            case "!=" -> !actual.equals(wanted);
            case "~" -> ((String) actual).contains((String) wanted);
            case "!~" -> !((String) actual).contains((String) wanted);
            case "^" -> ((String) actual).startsWith((String) wanted);
            case "$" -> ((String) actual).endsWith((String) wanted);
            case "<" -> ((Comparable) actual).compareTo(wanted) < 0;
            case ">" -> ((Comparable) actual).compareTo(wanted) > 0;
            case "<=" -> ((Comparable) actual).compareTo(wanted) <= 0;
            case ">=" -> ((Comparable) actual).compareTo(wanted) >= 0;
            default -> throw new IllegalStateException("operator checked before: " + operator);
        };
    }

    /** The query's value in comparable form; a value the field's type cannot take is refused. */
    private static Object wanted(SearchKind kind, Object value, String field, ZoneId zone) {
        Object converted = switch (kind) {
            case STRING, TAG -> value instanceof Boolean ? null : comparable(kind, value, zone);
            case NUMBER -> comparable(kind, value instanceof String text ? parsedNumber(text) : value, zone);
            // The description's own example sends a timestamp as a string ("1306054154").
            case DATE -> comparable(kind, value instanceof String text ? parsedTimestamp(text) : value, zone);
            case BOOLEAN -> comparable(kind, value instanceof String text ? parsedBoolean(text) : value, zone);
        };
        if (converted == null) {
            throw SearchParser.invalid("The value for '" + field + "' must be " + switch (kind) {
                case STRING, TAG -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case DATE -> "a unix timestamp";
            });
        }
        return converted;
    }

    /** A value in comparable form, or {@code null} when it has none of the field's type. */
    private static Object comparable(SearchKind kind, Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case STRING, TAG -> value.toString().toLowerCase(Locale.ROOT);
            case NUMBER -> value instanceof Number number ? decimal(number) : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case DATE -> {
                Long epochSecond = ValueKind.epochSecond(value);
                yield epochSecond == null ? null : LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
            }
        };
    }

    private static Object parsedNumber(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object parsedTimestamp(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object parsedBoolean(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Numbers as decimals without trailing zeros, so that 2, 2.0 and "2" are one value. */
    private static BigDecimal decimal(Number number) {
        BigDecimal decimal = number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
        return decimal.stripTrailingZeros();
    }
}
