package io.github.ateraintercom.common.mapping;

import java.util.Locale;

/**
 * The type of a custom attribute a run creates in Intercom. Contact and company attributes
 * ({@code /data_attributes}) and conversation attributes ({@code /conversations/attributes}) name
 * some of them differently, so each type knows both names.
 */
public enum AttributeType {
    STRING("string", "string"),
    INTEGER("integer", "integer"),
    FLOAT("float", "decimal"),
    BOOLEAN("boolean", "boolean"),
    /** Unix seconds; a conversation has no date-only type, so it gets a datetime. */
    DATE("date", "datetime"),
    /** One value out of fixed options; Intercom creates it as {@code options} and lists it as a string. */
    LIST("options", "list");

    private final String dataAttributeType;
    private final String conversationAttributeType;

    AttributeType(String dataAttributeType, String conversationAttributeType) {
        this.dataAttributeType = dataAttributeType;
        this.conversationAttributeType = conversationAttributeType;
    }

    /** {@code data_type} of {@code POST /data_attributes}; a list is {@code options} with its {@code options}. */
    public String dataAttributeType() {
        return dataAttributeType;
    }

    /** {@code data_type} of {@code POST /conversations/attributes}. */
    public String conversationAttributeType() {
        return conversationAttributeType;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code label} in any case, or null when there is none. */
    public static AttributeType of(String label) {
        if (label == null) {
            return null;
        }
        for (AttributeType type : values()) {
            if (type.label().equalsIgnoreCase(label.strip())) {
                return type;
            }
        }
        return null;
    }
}
