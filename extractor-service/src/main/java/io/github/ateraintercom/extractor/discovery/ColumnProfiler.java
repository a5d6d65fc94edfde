package io.github.ateraintercom.extractor.discovery;

import io.github.ateraintercom.common.discovery.DiscoveryReport.ColumnProfile;
import io.github.ateraintercom.common.mapping.CustomAttributeNames;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns one column's type from its values in constant memory: counts of each value shape, and the
 * distinct values only while there are few enough for the column to be an enumeration. A custom
 * field lists those few values whatever its type, so a list attribute's options can be checked
 * against them.
 */
final class ColumnProfiler {

    /** More distinct values than this and a column is not an enumeration. */
    static final int MAX_ENUMERATION_VALUES = 20;

    private final String name;
    private final boolean listsFewValues;
    private final Map<ValueShape, Long> shapes = new EnumMap<>(ValueShape.class);
    private Map<String, Long> distinct = new TreeMap<>();
    private long values;
    private long empty;

    ColumnProfiler(String name) {
        this(name, CustomAttributeNames.isCustom(name));
    }

    ColumnProfiler(String name, boolean listsFewValues) {
        this.name = name;
        this.listsFewValues = listsFewValues;
    }

    void accept(String raw) {
        values++;
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            empty++;
            return;
        }
        shapes.merge(ValueShape.of(value), 1L, Long::sum);
        if (distinct != null) {
            distinct.merge(value, 1L, Long::sum);
            if (distinct.size() > MAX_ENUMERATION_VALUES) {
                distinct = null;
            }
        }
    }

    ColumnProfile profile() {
        double nullRatio = values == 0 ? 1.0 : (double) empty / values;
        Integer distinctCount = distinct == null ? null : distinct.size();
        String type = type();
        List<String> formats = shapes.keySet().stream().map(ValueShape::format).filter(format -> format != null).toList();
        boolean listed = "enumeration".equals(type) || listsFewValues && distinct != null;
        Map<String, Long> enumeration = listed ? new LinkedHashMap<>(distinct) : Map.of();
        Map<String, Long> shapeCounts = new TreeMap<>();
        shapes.forEach((shape, count) -> shapeCounts.merge(shape.type(), count, Long::sum));
        return new ColumnProfile(name, type, formats, nullRatio, distinctCount, enumeration, shapeCounts);
    }

    /** The most specific type every non-empty value fits. */
    private String type() {
        long filled = values - empty;
        if (filled == 0) {
            return "empty";
        }
        if (only(ValueShape.EMAIL)) {
            return "email";
        }
        if (only(ValueShape.DATETIME_OFFSET, ValueShape.DATETIME_LOCAL, ValueShape.DATETIME_MS, ValueShape.DATE)) {
            return only(ValueShape.DATE) ? "date" : "datetime";
        }
        if (only(ValueShape.INTEGER)) {
            return "integer";
        }
        if (only(ValueShape.INTEGER, ValueShape.DECIMAL)) {
            return "decimal";
        }
        if (only(ValueShape.BOOLEAN)) {
            return "boolean";
        }
        if (shapes.containsKey(ValueShape.HTML)) {
            return "html";
        }
        // a few values that repeat: a status, a priority, a type
        if (distinct != null && distinct.size() < filled) {
            return "enumeration";
        }
        return "text";
    }

    private boolean only(ValueShape... allowed) {
        return shapes.keySet().stream().allMatch(shape -> List.of(allowed).contains(shape));
    }
}
