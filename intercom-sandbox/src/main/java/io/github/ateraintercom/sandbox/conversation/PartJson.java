package io.github.ateraintercom.sandbox.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.tag.TagJson;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The {@code conversation_part} object, fields in the order of Intercom's examples. Email metadata,
 * event details and part tags never arise in the sandbox and stay empty.
 */
public record PartJson(
        String type,
        String id,
        @JsonProperty("part_type") String partType,
        String body,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("updated_at") long updatedAt,
        @JsonProperty("notified_at") Long notifiedAt,
        @JsonProperty("assigned_to") Reference assignedTo,
        Author author,
        List<Attachment> attachments,
        @JsonProperty("external_id") String externalId,
        boolean redacted,
        Map<String, Object> metadata,
        @JsonProperty("email_message_metadata") Object emailMessageMetadata,
        ConversationState state,
        List<TagJson> tags,
        @JsonProperty("event_details") Object eventDetails,
        @JsonProperty("app_package_code") String appPackageCode) {

    /** A part is never edited, so it was last updated when it was created. */
    static PartJson of(ConversationPart part, UnaryOperator<String> bodyFormat) {
        return new PartJson("conversation_part", part.id(), part.partType(), bodyFormat.apply(part.body()),
                part.createdAt(), part.createdAt(), part.notifiedAt(), part.assignedTo(), part.author(),
                part.attachments(), null, false, Map.of(), null, part.state(), List.of(), null, null);
    }
}
