package io.github.ateraintercom.orchestrator.progress;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many of a run's objects had each outcome, from the rows (outcome name, count) of a GROUP BY: 0 for an outcome none had. */
public final class OutcomeCounts {

    private OutcomeCounts() {
    }

    public static <E extends Enum<E>> Map<E, Long> of(Class<E> outcomes, List<?> rows) {
        Map<E, Long> counts = new EnumMap<>(outcomes);
        for (E outcome : outcomes.getEnumConstants()) {
            counts.put(outcome, 0L);
        }
        rows.stream().map(Object[].class::cast)
                .forEach(row -> counts.put(Enum.valueOf(outcomes, (String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }
}
