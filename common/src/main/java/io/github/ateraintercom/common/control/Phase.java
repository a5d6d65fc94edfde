package io.github.ateraintercom.common.control;

import io.github.ateraintercom.common.atera.ObjectType;

import java.util.List;

/**
 * The loading phases of a run, in dependency order. A phase opens once every record of the objects
 * it refers to is accounted for: a contact is attached to its company, so contacts wait until every
 * customer is loaded, rejected, held or failed. Every phase that writes waits for the run's schema
 * (its attributes, tags and collections) to be accounted for too. Teammates are only matched, never
 * written, so their phase opens at once.
 */
public enum Phase {
    /** The custom attributes, tags and Help Center collections the data will use, created first. */
    SCHEMA(List.of(), List.of(ObjectType.SCHEMA)),
    COMPANIES(List.of(ObjectType.SCHEMA), List.of(ObjectType.CUSTOMER)),
    CONTACTS(List.of(ObjectType.SCHEMA, ObjectType.CUSTOMER), List.of(ObjectType.CONTACT)),
    /** Custom values, tags and contracts are written onto companies and contacts that are already in. */
    CUSTOM_DATA(List.of(ObjectType.SCHEMA, ObjectType.CUSTOMER, ObjectType.CONTACT),
            List.of(ObjectType.CUSTOM_VALUE, ObjectType.TAG, ObjectType.CONTRACT)),
    TEAMMATES(List.of(), List.of(ObjectType.TECHNICIAN)),
    /** A conversation is opened by its contact and assigned to its teammate. */
    CONVERSATIONS(List.of(ObjectType.SCHEMA, ObjectType.CUSTOMER, ObjectType.CONTACT, ObjectType.TECHNICIAN),
            List.of(ObjectType.TICKET, ObjectType.TICKET_COMMENT, ObjectType.WORK_HOUR)),
    /** The Help Center comes last, once the helpdesk's own history is in. */
    ARTICLES(List.of(ObjectType.SCHEMA, ObjectType.CUSTOMER, ObjectType.CONTACT, ObjectType.TECHNICIAN, ObjectType.TICKET),
            List.of(ObjectType.KB_ARTICLE));

    private final List<ObjectType> needs;
    private final List<ObjectType> writes;

    Phase(List<ObjectType> needs, List<ObjectType> writes) {
        this.needs = needs;
        this.writes = writes;
    }

    /** The objects whose records this phase settles: once every one is, the phase is done. */
    public List<ObjectType> writes() {
        return writes;
    }

    /** The objects whose every record must be settled before this phase opens. */
    public List<ObjectType> needs() {
        return needs;
    }
}
