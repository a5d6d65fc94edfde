package io.github.ateraintercom.sandbox.conversation;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Where a conversation stands; a snoozed conversation still counts as open. */
public enum ConversationState {
    OPEN,
    CLOSED,
    SNOOZED;

    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
