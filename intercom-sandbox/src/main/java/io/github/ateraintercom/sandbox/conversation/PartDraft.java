package io.github.ateraintercom.sandbox.conversation;

import java.util.List;

/**
 * What a reply or an action writes into a conversation, before it is a part. {@code createdAt} is
 * the historical time a reply may carry; without it the part is stamped with the current time.
 */
record PartDraft(Author author, String body, Long createdAt, List<Attachment> attachments, boolean skipNotifications) {

    /** An action's part: Intercom takes no time for those and stamps them with the current time. */
    static PartDraft action(Author admin, String body) {
        return new PartDraft(admin, body, null, List.of(), false);
    }

    long time(long now) {
        return createdAt != null ? createdAt : now;
    }

    ConversationPart stamp(String id, String partType, long now, ConversationState state, Reference assignedTo) {
        long at = time(now);
        // The contact hears of what a teammate writes to them: not of notes, nor of state changes without a message.
        boolean reachesContact = author.isAdmin() && !skipNotifications && !partType.equals(PartTypes.NOTE)
                && (body != null || partType.equals(PartTypes.QUICK_REPLY));
        return new ConversationPart(id, partType, body, at, skipNotifications ? null : at, assignedTo, author,
                attachments, state, skipNotifications, reachesContact);
    }
}
