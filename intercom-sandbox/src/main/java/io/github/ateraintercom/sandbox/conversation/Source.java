package io.github.ateraintercom.sandbox.conversation;

import java.util.List;

/** The message a contact started the conversation with; {@code id} is the message's own id. */
public record Source(String id, String subject, String body, Author author, List<Attachment> attachments, long createdAt) {
}
