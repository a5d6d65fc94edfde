package io.github.ateraintercom.sandbox.attribute;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code data_type} of a conversation attribute (2.16). */
enum ConversationDataType {
    STRING(ValueKind.TEXT),
    INTEGER(ValueKind.INTEGER),
    LIST(ValueKind.TEXT),
    DECIMAL(ValueKind.NUMBER),
    BOOLEAN(ValueKind.BOOLEAN),
    DATETIME(ValueKind.DATE),
    RELATIONSHIP(ValueKind.ANY),
    FILES(ValueKind.ANY);

    /** "string, integer, …", as Intercom lists them when refusing another type. */
    static final String ALLOWED = Arrays.stream(values()).map(ConversationDataType::apiName).collect(Collectors.joining(", "));

    private final ValueKind kind;

    ConversationDataType(ValueKind kind) {
        this.kind = kind;
    }

    ValueKind kind() {
        return kind;
    }

    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ConversationDataType> named(String requested) {
        return Arrays.stream(values()).filter(type -> type.apiName().equals(requested)).findFirst();
    }
}
