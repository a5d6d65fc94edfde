package io.github.ateraintercom.sandbox.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.company.CompanyJson;
import io.github.ateraintercom.sandbox.tag.TagJson;

import java.util.List;
import java.util.Map;

/**
 * The {@code conversation} object, fields in the order of Intercom's examples. Lists and searches
 * answer it without {@code conversation_parts}, as the {@code conversation_list_item}. SLAs,
 * ratings, tickets and the AI agent never arise in the sandbox and stay {@code null}; the priority
 * is always {@code none}.
 */
public record ConversationJson(
        String type,
        String id,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("updated_at") long updatedAt,
        @JsonProperty("waiting_since") Long waitingSince,
        @JsonProperty("snoozed_until") Long snoozedUntil,
        SourceJson source,
        Contacts contacts,
        @JsonProperty("first_contact_reply") FirstContactReply firstContactReply,
        @JsonProperty("admin_assignee_id") long adminAssigneeId,
        @JsonProperty("team_assignee_id") long teamAssigneeId,
        @JsonInclude(JsonInclude.Include.NON_NULL) CompanyJson company,
        boolean open,
        ConversationState state,
        boolean read,
        Tags tags,
        String priority,
        @JsonProperty("sla_applied") Object slaApplied,
        ConversationStatistics statistics,
        @JsonProperty("conversation_rating") Object conversationRating,
        Teammates teammates,
        String title,
        @JsonProperty("custom_attributes") Map<String, Object> customAttributes,
        Map<String, Object> topics,
        Object ticket,
        @JsonProperty("linked_objects") LinkedObjects linkedObjects,
        @JsonProperty("ai_agent") Object aiAgent,
        @JsonProperty("ai_agent_participated") boolean aiAgentParticipated,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("conversation_parts") Parts conversationParts) {

    /** {@code {type:"contact.list", contacts}}. */
    public record Contacts(String type, List<ContactReference> contacts) {
    }

    /** {@code {type:"contact", id, external_id}}. */
    public record ContactReference(String type, String id, @JsonProperty("external_id") String externalId) {
    }

    /** The contact's first message: for a conversation a contact started, its source. */
    public record FirstContactReply(@JsonProperty("created_at") long createdAt, String type, String url) {
    }

    /** {@code {type:"tag.list", tags}}, each tag with when and by whom it was applied. */
    public record Tags(String type, List<TagJson> tags) {
    }

    /** {@code {type:"admin.list", teammates}}: the teammates who wrote at least one part. */
    public record Teammates(String type, List<Reference> teammates) {
    }

    /** Linked tickets and conversations are not simulated: always an empty list. */
    public record LinkedObjects(String type, List<Object> data, @JsonProperty("total_count") int totalCount,
                                @JsonProperty("has_more") boolean hasMore) {

        static final LinkedObjects NONE = new LinkedObjects("list", List.of(), 0, false);
    }

    /** {@code {type:"conversation_part.list", conversation_parts, total_count}}; the total counts every part. */
    public record Parts(String type, @JsonProperty("conversation_parts") List<PartJson> conversationParts,
                        @JsonProperty("total_count") int totalCount) {
    }
}
