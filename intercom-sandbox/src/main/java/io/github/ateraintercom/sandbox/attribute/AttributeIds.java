package io.github.ateraintercom.sandbox.attribute;

import java.util.Optional;

/** Attribute ids are integers; a path id that is not one names no attribute. */
final class AttributeIds {

    private AttributeIds() {
    }

    static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
