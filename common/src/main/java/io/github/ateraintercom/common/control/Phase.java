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
    SCHEMA(List.of()),
    COMPANIES(List.of(ObjectType.SCHEMA)),
    CONTACTS(List.of(ObjectType.SCHEMA, ObjectType.CUSTOMER)),
    /** Custom values, tags and contracts are written onto companies and contacts that are already in. */
    CUSTOM_DATA(List.of(ObjectType.SCHEMA, ObjectType.CUSTOMER, ObjectType.CONTACT)),
    TEAMMATES(List.of()),
    /** A conversation is opened by its contact and assigned to its teammate. */
    CONVERSATIONS(List.of(ObjectType.SCHEMA, ObjectType.CUSTOMER, ObjectType.CONTACT, ObjectType.TECHNICIAN)),
    /** The Help Center comes last, once the helpdesk's own history is in. */
    ARTICLES(List.of(ObjectType.SCHEMA, ObjectType.CUSTOMER, ObjectType.CONTACT, ObjectType.TECHNICIAN, ObjectType.TICKET));

    private final List<ObjectType> needs;

    Phase(List<ObjectType> needs) {
        this.needs = needs;
    }

    /** The objects whose every record must be settled before this phase opens. */
    public List<ObjectType> needs() {
        return needs;
    }
}
