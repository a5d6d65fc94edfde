package io.github.ateraintercom.common.mapping;

import java.util.List;

/**
 * One custom attribute as a run creates it: its Intercom name, its type, and for a list its options
 * in their order. A string with options holds a set of them (an Atera multi-select: Intercom has no
 * multi-valued attribute), written as text in the options' order, comma-separated. The
 * custom-attribute manifest of a run is a list of these per model.
 */
public record AttributeSpec(String name, AttributeType type, List<String> options, String description) {

    public AttributeSpec {
        type = type == null ? AttributeType.STRING : type;
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** True for a set of options written as text. */
    public boolean multiple() {
        return type == AttributeType.STRING && !options.isEmpty();
    }

    public static AttributeSpec text(String name) {
        return new AttributeSpec(name, AttributeType.STRING, List.of(), null);
    }
}
