package io.github.ateraintercom.loader.rollback;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.rollback.EntryRolledBack.Outcome;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.LedgerEntry;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of Intercom object a run creates, in the order a rollback removes them: what refers to
 * something goes before what it refers to (a conversation before its contact, an article before its
 * collection, everything before the tags and attributes it carries). Each is known in the ledger by
 * its object type and, for schema items, the prefix of its source id.
 */
enum RemovableKind {

    CONVERSATION(ObjectType.TICKET, List.of(), "conversation", "/conversations/", null),
    CONTACT(ObjectType.CONTACT, List.of(), "contact", "/contacts/", null),
    COMPANY(ObjectType.CUSTOMER, List.of(), "company", "/companies/",
            "Intercom archives a deleted company asynchronously; its contacts are detached, not deleted"),
    ARTICLE(ObjectType.KB_ARTICLE, List.of(), "article", "/articles/", null),
    /** Newest first and one at a time: a collection is created after its parent, and Intercom deletes only an empty one. */
    COLLECTION(ObjectType.SCHEMA, List.of("collection "), "collection", "/help_center/collections/", null) {
        @Override
        boolean oneAtATime() {
            return true;
        }
    },
    TAG(ObjectType.SCHEMA, List.of("tag "), "tag", "/tags/", null),
    CONVERSATION_ATTRIBUTE(ObjectType.SCHEMA, List.of("attribute conversation "), "attribute", "/conversations/attributes/",
            "Intercom's delete of a conversation attribute archives it"),
    DATA_ATTRIBUTE(ObjectType.SCHEMA, List.of("attribute company ", "attribute contact "), "attribute", "/data_attributes/",
            "Intercom cannot delete a company or contact attribute, only archive it; its name stays taken") {
        @Override
        void remove(IntercomClient intercom, IntercomTarget target, String id) {
            intercom.put(target, path() + id, Map.of("archived", true));
        }
    };

    private final ObjectType objectType;
    private final List<String> sourcePrefixes;
    private final String label;
    private final String path;
    private final String note;

    RemovableKind(ObjectType objectType, List<String> sourcePrefixes, String label, String path, String note) {
        this.objectType = objectType;
        this.sourcePrefixes = sourcePrefixes;
        this.label = label;
        this.path = path;
        this.note = note;
    }

    /** Removes the object, or archives it where Intercom can do no more ({@link #outcome()} says which). */
    void remove(IntercomClient intercom, IntercomTarget target, String intercomId) {
        intercom.delete(target, path + intercomId);
    }

    /** The object's path in the API, but for its id. */
    String path() {
        return path;
    }

    /** REMOVED, or ARCHIVED for what Intercom only archives. */
    Outcome outcome() {
        return note == null ? Outcome.REMOVED : Outcome.ARCHIVED;
    }

    /** Why the object is archived rather than removed; null when it is removed. */
    String note() {
        return note;
    }

    boolean oneAtATime() {
        return false;
    }

    ObjectType objectType() {
        return objectType;
    }

    /** The ledger's source ids of this kind start with one of these; none: every entry of its object type is of it. */
    List<String> sourcePrefixes() {
        return sourcePrefixes;
    }

    /** What the operator reads, e.g. conversation, company, attribute. */
    String label() {
        return label;
    }

    /** The kind of a ledger entry; empty for what the run wrote onto other objects (custom data) or never created (teammates). */
    static Optional<RemovableKind> of(LedgerEntry entry) {
        for (RemovableKind kind : values()) {
            if (kind.objectType.wireName().equals(entry.objectType)
                    && (kind.sourcePrefixes.isEmpty() || kind.sourcePrefixes.stream().anyMatch(entry.sourceId::startsWith))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
