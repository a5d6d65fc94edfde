package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.discovery.DiscoveryReport.ColumnProfile;
import io.github.ateraintercom.common.mapping.AttributeSpec;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether a column's values, as discovered, fit an attribute's type: a value that does not fit
 * would be rejected row by row, so the mapping says so before anything moves.
 */
final class TypeFit {

    /** Intercom refuses a list attribute with fewer options. */
    static final int MIN_LIST_OPTIONS = 2;

    private TypeFit() {
    }

    /** Why the values seen do not fit {@code attribute}, or empty when they do. */
    static Optional<String> problem(AttributeSpec attribute, List<ColumnProfile> profiles) {
        return switch (attribute.type()) {
            case STRING -> Optional.empty();
            case INTEGER -> misfit(profiles, "integer", "not whole numbers");
            case FLOAT -> misfit(profiles, "number", "not numbers");
            case BOOLEAN -> misfit(profiles, "boolean", "not booleans (true, false, yes, no)");
            case DATE -> misfit(profiles, "date", "not dates");
            case LIST -> listProblem(attribute, profiles);
        };
    }

    private static Optional<String> misfit(List<ColumnProfile> profiles, String kind, String what) {
        ValueFit fit = ValueFit.of(profiles, kind);
        if (fit.all()) {
            return Optional.empty();
        }
        return Optional.of((fit.filled() - fit.fitting()) + " of " + fit.filled() + " values seen are " + what);
    }

    private static Optional<String> listProblem(AttributeSpec attribute, List<ColumnProfile> profiles) {
        if (attribute.options().size() < MIN_LIST_OPTIONS) {
            return Optional.of("a list needs at least " + MIN_LIST_OPTIONS + " options; it has " + attribute.options().size());
        }
        TreeSet<String> uncovered = new TreeSet<>();
        for (ColumnProfile profile : profiles) {
            if (profile.distinct() == null || profile.values().isEmpty() && !"empty".equals(profile.type())) {
                return Optional.of("the discovery lists no values of this column to check the options against "
                        + "(too many distinct values); make it a string");
            }
            // as the transformer matches them: a value written in another case is its option
            profile.values().keySet().stream()
                    .filter(value -> attribute.options().stream().noneMatch(option -> option.equalsIgnoreCase(value.strip())))
                    .forEach(uncovered::add);
        }
        return uncovered.isEmpty() ? Optional.empty()
                : Optional.of("the options do not cover the values seen: " + String.join(", ", uncovered));
    }
}
