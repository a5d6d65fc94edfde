package io.github.ateraintercom.sandbox.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code conversation_statistics} the sandbox can derive from the parts: when the contact and
 * the teammates wrote, when it was assigned and closed, and counts. Durations that depend on office
 * hours are left out.
 */
public record ConversationStatistics(
        String type,
        @JsonProperty("first_contact_reply_at") long firstContactReplyAt,
        @JsonProperty("first_assignment_at") Long firstAssignmentAt,
        @JsonProperty("first_admin_reply_at") Long firstAdminReplyAt,
        @JsonProperty("first_close_at") Long firstCloseAt,
        @JsonProperty("last_assignment_at") Long lastAssignmentAt,
        @JsonProperty("last_contact_reply_at") long lastContactReplyAt,
        @JsonProperty("last_admin_reply_at") Long lastAdminReplyAt,
        @JsonProperty("last_close_at") Long lastCloseAt,
        @JsonProperty("last_closed_by_id") String lastClosedById,
        @JsonProperty("count_reopens") long countReopens,
        @JsonProperty("count_assignments") long countAssignments,
        @JsonProperty("count_conversation_parts") int countConversationParts) {

    private static final Set<String> ADMIN_REPLIES = Set.of(PartTypes.COMMENT, PartTypes.QUICK_REPLY);
    private static final Set<String> ASSIGNMENTS = Set.of(PartTypes.ASSIGNMENT, PartTypes.ASSIGN_AND_REOPEN);
    private static final Set<String> REOPENS = Set.of(PartTypes.OPEN, PartTypes.ASSIGN_AND_REOPEN);

    static ConversationStatistics of(Conversation conversation) {
        List<ConversationPart> parts = conversation.parts();
        Predicate<ConversationPart> adminReply =
                part -> part.author().isAdmin() && ADMIN_REPLIES.contains(part.partType());
        Predicate<ConversationPart> contactReply = part -> !part.author().isAdmin();
        Predicate<ConversationPart> assignment = part -> ASSIGNMENTS.contains(part.partType());
        Predicate<ConversationPart> close = part -> part.partType().equals(PartTypes.CLOSE);
        long started = conversation.source().createdAt();
        return new ConversationStatistics(
                "conversation_statistics",
                started,
                first(parts, assignment),
                first(parts, adminReply),
                first(parts, close),
                last(parts, assignment),
                Objects.requireNonNullElse(last(parts, contactReply), started),
                last(parts, adminReply),
                last(parts, close),
                parts.stream().filter(close).reduce((earlier, later) -> later)
                        .map(part -> part.author().id())
                        .orElse(null),
                parts.stream().filter(part -> REOPENS.contains(part.partType())).count(),
                parts.stream().filter(assignment).count(),
                parts.size());
    }

    private static Long first(List<ConversationPart> parts, Predicate<ConversationPart> kind) {
        return boxed(parts.stream().filter(kind).mapToLong(ConversationPart::createdAt).min());
    }

    private static Long last(List<ConversationPart> parts, Predicate<ConversationPart> kind) {
        return boxed(parts.stream().filter(kind).mapToLong(ConversationPart::createdAt).max());
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
