package io.github.ateraintercom.sandbox.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * One stored conversation. Immutable: a reply or an action produces a new value, so readers such as
 * searches see consistent conversations without locking. Parts are kept in the order they were
 * added, whatever {@code created_at} they carry.
 *
 * @param contactIds the contacts taking part, the one who started it first
 */
public record Conversation(
        String id,
        Source source,
        List<String> contactIds,
        List<ConversationPart> parts,
        ConversationStatus status,
        ConversationDetails details,
        long createdAt,
        long updatedAt) {

    static Conversation started(String id, Source source, long now) {
        return new Conversation(id, source, List.of(source.author().id()), List.of(),
                ConversationStatus.startedAt(source.createdAt()), ConversationDetails.NONE, source.createdAt(), now);
    }

    /** Creation order: ids are a sequence. */
    long sequence() {
        return Long.parseLong(id);
    }

    /** Adds a part; a contact writing for the first time joins the conversation. */
    Conversation withPart(ConversationPart part, ConversationStatus newStatus, long now) {
        List<ConversationPart> allParts = new ArrayList<>(parts);
        allParts.add(part);
        List<String> contacts = contactIds;
        if (!part.author().isAdmin() && !contactIds.contains(part.author().id())) {
            contacts = new ArrayList<>(contactIds);
            contacts.add(part.author().id());
        }
        return new Conversation(id, source, List.copyOf(contacts), List.copyOf(allParts), newStatus, details,
                createdAt, now);
    }

    Conversation withDetails(ConversationDetails newDetails, long now) {
        return new Conversation(id, source, contactIds, parts, status, newDetails, createdAt, now);
    }
}
