package io.github.ateraintercom.loader.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.intercom.SearchLag;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * Finds in Intercom what a write whose outcome is unknown may have done: the contact's conversation
 * with the ticket's original time, or, in one conversation, a part, an assignment, a state or a tag.
 * Reading one conversation has no lag. Finding a conversation takes a search, and search lags
 * creation by seconds to minutes (Intercom 2.16 lists a contact's conversations only through
 * search): a create is taken for missing only once search has had its lag ({@link SearchLag}).
 */
final class ConversationLookup {

    private final IntercomClient intercom;
    private final IntercomTarget target;
    private final SearchLag searchLag;

    ConversationLookup(IntercomClient intercom, IntercomTarget target, SearchLag searchLag) {
        this.intercom = intercom;
        this.target = target;
        this.searchLag = searchLag;
    }

    /**
     * The id of the contact's conversation created at {@code createdAt}. Any create that may have
     * made it was sent before this call, so a miss is searched again until search has had its lag.
     */
    Optional<String> created(String contactId, long createdAt) {
        return searchLag.settled(() -> search(contactId, createdAt));
    }

    /** The conversation, if it shows {@code effect}. */
    Optional<JsonNode> holding(String conversationId, Predicate<JsonNode> effect) {
        return Optional.of(intercom.get(target, "/conversations/" + conversationId)).filter(effect);
    }

    /** Holds at least {@code count} parts of {@code partType} by {@code authorId} created at {@code createdAt}. */
    static Predicate<JsonNode> parts(String partType, String authorId, long createdAt, int count) {
        return conversation -> StreamSupport.stream(conversation.path("conversation_parts").path("conversation_parts").spliterator(), false)
                .filter(part -> part.path("created_at").asLong() == createdAt && partType.equals(part.path("part_type").asText())
                        && authorId.equals(part.path("author").path("id").asText()))
                .count() >= count;
    }

    static Predicate<JsonNode> assignedTo(String adminId) {
        return conversation -> adminId.equals(conversation.path("admin_assignee_id").asText());
    }

    /** In state {@code open}, {@code closed} or {@code snoozed}. */
    static Predicate<JsonNode> inState(String state) {
        return conversation -> state.equals(conversation.path("state").asText());
    }

    static Predicate<JsonNode> tagged(String tagId) {
        return conversation -> StreamSupport.stream(conversation.path("tags").path("tags").spliterator(), false)
                .anyMatch(tag -> tagId.equals(tag.path("id").asText()));
    }

    private Optional<String> search(String contactId, long createdAt) {
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
}
