package io.github.ateraintercom.common.intercom;

import java.util.List;

/**
 * One reply or note of a conversation, from one Atera comment (or a ticket's opening message).
 * {@code authorId} is the Atera EndUserID of a contact's comment or the TechnicianContactID of a
 * technician's; a system comment has none and is written by the conversation's teammate.
 */
public record ConversationPart(SourceRef source, Author author, String authorId, Kind kind, String body, long createdAt,
                               List<String> attachmentUrls) {

    public ConversationPart {
        attachmentUrls = attachmentUrls == null ? List.of() : List.copyOf(attachmentUrls);
    }

    public enum Author { CONTACT, TECHNICIAN, SYSTEM }

    /** A reply the customer sees, or an internal note they never see. */
    public enum Kind { COMMENT, NOTE }
}
