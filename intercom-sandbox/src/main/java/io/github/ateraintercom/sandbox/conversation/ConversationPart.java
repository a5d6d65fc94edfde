package io.github.ateraintercom.sandbox.conversation;

import java.util.List;

/**
 * One stored part of a conversation. Beyond what the API shows, it remembers whether the reply
 * asked to skip notifications and whether the contact would have been told of it, so that tests
 * and the state export can check that notes and quiet replies never reach the contact.
 *
 * @param state the conversation's state once the part was added
 */
public record ConversationPart(
        String id,
        String partType,
        String body,
        long createdAt,
        Long notifiedAt,
        Reference assignedTo,
        Author author,
        List<Attachment> attachments,
        ConversationState state,
        boolean skipNotifications,
        boolean contactNotified) {
}
