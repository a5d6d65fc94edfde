package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.discovery.DiscoveryReport.ColumnProfile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How many of a column's non-empty values look like one kind (email, date, integer, number,
 * boolean), from the discovery's value profile, and that said so a person can read it:
 * "99.8 % of 1,204 values are emails".
 */
record ValueFit(String kind, long fitting, long filled) {

    /** The value shapes each kind accepts. */
    private static final Map<String, Set<String>> SHAPES = Map.of(
            "email", Set.of("email"),
            "date", Set.of("date", "datetime"),
            "integer", Set.of("integer"),
            "number", Set.of("integer", "decimal"),
            "boolean", Set.of("boolean"),
            "text", Set.of("text"));

    private static final Map<String, String> PLURALS = Map.of(
            "email", "emails", "date", "dates", "integer", "whole numbers", "number", "numbers", "boolean", "booleans", "text", "texts");

    static ValueFit of(ColumnProfile profile, String kind) {
        Set<String> accepted = SHAPES.get(kind);
        Map<String, Long> shapes = shapes(profile);
        long filled = shapes.values().stream().mapToLong(Long::longValue).sum();
        long fitting = shapes.entrySet().stream().filter(shape -> accepted.contains(shape.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return new ValueFit(kind, fitting, filled);
    }

    /** Fits every profile given (a custom field can be seen in a column and in custom_values.csv). */
    static ValueFit of(List<ColumnProfile> profiles, String kind) {
        return profiles.stream().map(profile -> of(profile, kind))
                .reduce(new ValueFit(kind, 0, 0), (a, b) -> new ValueFit(kind, a.fitting + b.fitting, a.filled + b.filled));
    }

    /** How many values the profiles saw, empty ones left out. */
    static long filled(List<ColumnProfile> profiles) {
        return of(profiles, "text").filled();
    }

    /** Share of the non-empty values that fit; 1 when there are none. */
    double share() {
        return filled == 0 ? 1.0 : (double) fitting / filled;
    }

    boolean all() {
        return fitting == filled;
    }

    String describe() {
        if (filled == 0) {
            return "no values to check";
        }
        if (all()) {
            return (filled == 1 ? "the one value is " : "all " + count(filled) + " values are ") + PLURALS.get(kind);
        }
        return String.format(Locale.ENGLISH, "%.1f %% of %s values are %s", 100.0 * share(), count(filled), PLURALS.get(kind));
    }

    /** The counts of a report written before shapes were counted: every value of the column's one type. */
    private static Map<String, Long> shapes(ColumnProfile profile) {
        if (!profile.shapes().isEmpty() || "empty".equals(profile.type())) {
            return profile.shapes();
        }
        long filled = profile.values().isEmpty() ? 1 : profile.values().values().stream().mapToLong(Long::longValue).sum();
        return Map.of(profile.type(), filled);
    }

    private static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}
