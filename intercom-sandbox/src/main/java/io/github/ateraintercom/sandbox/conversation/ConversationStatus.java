package io.github.ateraintercom.sandbox.conversation;

/**
 * What replies and actions change about a conversation besides its parts: its state, until when it
 * is snoozed, since when the contact waits for an answer and who it is assigned to (0: nobody).
 */
record ConversationStatus(
        ConversationState state,
        Long snoozedUntil,
        Long waitingSince,
        long adminAssigneeId,
        long teamAssigneeId) {

    /** A conversation a contact starts is open and waits for a teammate from its first message. */
    static ConversationStatus startedAt(long at) {
        return new ConversationStatus(ConversationState.OPEN, null, at, 0, 0);
    }

    boolean open() {
        return state != ConversationState.CLOSED;
    }

    /** Nobody waits on a closed conversation. */
    ConversationStatus closed() {
        return new ConversationStatus(ConversationState.CLOSED, null, null, adminAssigneeId, teamAssigneeId);
    }

    ConversationStatus snoozed(long until) {
        return new ConversationStatus(ConversationState.SNOOZED, until, waitingSince, adminAssigneeId, teamAssigneeId);
    }

    ConversationStatus opened() {
        return new ConversationStatus(ConversationState.OPEN, null, waitingSince, adminAssigneeId, teamAssigneeId);
    }

    /** The contact wrote: it waits from then on, unless it already waited for an earlier message. */
    ConversationStatus contactWrote(long at) {
        return new ConversationStatus(state, snoozedUntil, waitingSince == null ? at : waitingSince,
                adminAssigneeId, teamAssigneeId);
    }

    ConversationStatus answered() {
        return new ConversationStatus(state, snoozedUntil, null, adminAssigneeId, teamAssigneeId);
    }

    ConversationStatus assigned(AssigneeType type, long assigneeId) {
        return type == AssigneeType.TEAM
                ? new ConversationStatus(state, snoozedUntil, waitingSince, adminAssigneeId, assigneeId)
                : new ConversationStatus(state, snoozedUntil, waitingSince, assigneeId, teamAssigneeId);
    }
}
