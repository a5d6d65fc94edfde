package io.github.ateraintercom.loader.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomTarget;

import java.util.Map;
import java.util.Optional;

/**
 * Finds in Intercom what a write whose answer was lost may have done: the contact's conversation
 * with the ticket's original time, or a conversation's part with its original time and author.
 * Search lags creation by seconds to minutes, so a create lost that recently may be missed; reading
 * one conversation has no lag.
 */
final class ConversationLookup {

    private final IntercomClient intercom;
    private final IntercomTarget target;

    ConversationLookup(IntercomClient intercom, IntercomTarget target) {
        this.intercom = intercom;
        this.target = target;
    }

    /** The id of the contact's conversation created at {@code createdAt}, if there is one. */
    Optional<String> conversation(String contactId, long createdAt) {
        String startingAfter = null;
        do {
            Map<String, Object> pagination = startingAfter == null ? Map.of("per_page", 150)
                    : Map.of("per_page", 150, "starting_after", startingAfter);
            JsonNode page = intercom.post(target, "/conversations/search", Map.of("query",
                    Map.of("field", "contact_ids", "operator", "=", "value", contactId), "pagination", pagination));
            for (JsonNode conversation : page.path("conversations")) {
                if (conversation.path("created_at").asLong() == createdAt) {
                    return Optional.of(conversation.path("id").asText());
                }
            }
            startingAfter = page.path("pages").path("next").path("starting_after").asText(null);
        } while (startingAfter != null);
        return Optional.empty();
    }

    /** The conversation, if it holds a part of {@code partType} by {@code authorId} created at {@code createdAt}. */
    Optional<JsonNode> withPart(String conversationId, String partType, String authorId, long createdAt) {
        JsonNode conversation = intercom.get(target, "/conversations/" + conversationId);
        for (JsonNode part : conversation.path("conversation_parts").path("conversation_parts")) {
            if (part.path("created_at").asLong() == createdAt && partType.equals(part.path("part_type").asText())
                    && authorId.equals(part.path("author").path("id").asText())) {
                return Optional.of(conversation);
            }
        }
        return Optional.empty();
    }
}
