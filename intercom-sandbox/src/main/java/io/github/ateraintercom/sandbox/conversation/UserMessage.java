package io.github.ateraintercom.sandbox.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code message} {@code POST /conversations} answers: the contact's message as sent, and its conversation's id. */
public record UserMessage(
        String type,
        String id,
        @JsonProperty("created_at") long createdAt,
        String body,
        @JsonProperty("message_type") String messageType,
        @JsonProperty("conversation_id") String conversationId) {

    static UserMessage of(Conversation conversation, String sentBody) {
        return new UserMessage("user_message", conversation.source().id(), conversation.source().createdAt(), sentBody,
                "inapp", conversation.id());
    }
}
