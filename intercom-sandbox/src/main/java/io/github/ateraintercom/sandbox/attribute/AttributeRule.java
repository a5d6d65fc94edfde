package io.github.ateraintercom.sandbox.attribute;

import java.util.List;

/** What a custom attribute accepts: values of one kind and, for lists, only the listed options. */
record AttributeRule(ValueKind kind, List<String> options) {

    boolean accepts(Object value) {
        return kind.accepts(value) && (options.isEmpty() || options.contains(value));
    }

    String expected() {
        return options.isEmpty() ? kind.description() : "one of: " + String.join(", ", options);
    }
}
