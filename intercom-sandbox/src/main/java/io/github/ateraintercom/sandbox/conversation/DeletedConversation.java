package io.github.ateraintercom.sandbox.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code deleted_conversation_item} {@code GET /conversations/deleted} lists. */
public record DeletedConversation(
        String type,
        String id,
        @JsonProperty("metrics_retained") boolean metricsRetained,
        @JsonProperty("deleted_at") long deletedAt) {

    static DeletedConversation of(Conversation conversation, boolean metricsRetained, long now) {
        return new DeletedConversation("conversation", conversation.id(), metricsRetained, now);
    }
}
