package io.github.ateraintercom.sandbox.search;

import java.util.Set;

/** How a searchable field compares, and which operators Intercom allows on it. */
public enum SearchKind {
    STRING(Set.of("=", "!=", "IN", "NIN", "~", "!~", "^", "$")),
    NUMBER(Set.of("=", "!=", "IN", "NIN", "<", ">", "<=", ">=")),
    BOOLEAN(Set.of("=", "!=", "IN", "NIN")),
    /** Matched by calendar day, so only equality and before/after make sense. */
    DATE(Set.of("=", "<", ">")),
    /** A tag id, compared as a string; only whether the tag is carried or not can be asked. */
    TAG(Set.of("=", "!="));

    private final Set<String> operators;

    SearchKind(Set<String> operators) {
        this.operators = operators;
    }

    boolean allows(String operator) {
        return operators.contains(operator);
    }
}
