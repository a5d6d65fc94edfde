package io.github.ateraintercom.sandbox.conversation;

import java.util.List;

/** A {@code create_conversation_request}, checked: the contact writing, its message and the optional historical time. */
record NewConversation(Author contact, String subject, String body, List<Attachment> attachments, Long createdAt) {
}
