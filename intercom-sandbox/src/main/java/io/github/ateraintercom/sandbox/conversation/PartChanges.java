package io.github.ateraintercom.sandbox.conversation;

import java.util.function.UnaryOperator;

/** What each reply and each action of {@code /parts} does to a conversation, as Intercom's examples show it. */
final class PartChanges {

    private PartChanges() {
    }

    /** A teammate's comment answers the waiting contact; a note changes nothing but the parts. */
    static PartChange adminReply(String partType, PartDraft draft) {
        return (current, partId, now) -> {
            ConversationStatus status = partType.equals(PartTypes.NOTE) ? current.status() : current.status().answered();
            return current.withPart(draft.stamp(partId, partType, now, status.state(), null), status, now);
        };
    }

    /** A contact writing to a closed or snoozed conversation reopens it, and Intercom records that part as {@code open}. */
    static PartChange contactReply(PartDraft draft) {
        return (current, partId, now) -> {
            boolean reopens = current.status().state() != ConversationState.OPEN;
            ConversationStatus status = current.status().opened().contactWrote(draft.time(now));
            String partType = reopens ? PartTypes.OPEN : PartTypes.COMMENT;
            return current.withPart(draft.stamp(partId, partType, now, status.state(), null), status, now);
        };
    }

    static PartChange close(PartDraft draft) {
        return stateChange(PartTypes.CLOSE, draft, ConversationStatus::closed);
    }

    static PartChange snooze(PartDraft draft, long until) {
        return stateChange(PartTypes.SNOOZED, draft, status -> status.snoozed(until));
    }

    static PartChange open(PartDraft draft) {
        return stateChange(PartTypes.OPEN, draft, ConversationStatus::opened);
    }

    /** Assigning (not unassigning, id 0) a closed or snoozed conversation also reopens it. */
    static PartChange assign(PartDraft draft, AssigneeType type, long assigneeId) {
        return (current, partId, now) -> {
            boolean reopens = assigneeId != 0 && current.status().state() != ConversationState.OPEN;
            ConversationStatus assigned = current.status().assigned(type, assigneeId);
            ConversationStatus status = reopens ? assigned.opened() : assigned;
            Reference assignee = assigneeId == 0 ? null : new Reference(type.apiName(), Long.toString(assigneeId));
            String partType = reopens ? PartTypes.ASSIGN_AND_REOPEN : PartTypes.ASSIGNMENT;
            return current.withPart(draft.stamp(partId, partType, now, status.state(), assignee), status, now);
        };
    }

    private static PartChange stateChange(String partType, PartDraft draft,
                                          UnaryOperator<ConversationStatus> change) {
        return (current, partId, now) -> {
            ConversationStatus status = change.apply(current.status());
            return current.withPart(draft.stamp(partId, partType, now, status.state(), null), status, now);
        };
    }
}
