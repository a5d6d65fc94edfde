package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;

import java.util.Locale;

/**
 * The record a staged row belongs to, by its kind ({@code ticket}, {@code customer}, {@code contact},
 * or whatever a custom value's ObjectType names) and id: a ticket owns itself, its comments and work
 * hours; a customer or contact owns itself; a custom value or tag belongs to its ObjectType and
 * ObjectID, a contract to its CustomerID; a custom field definition to the kind it describes.
 */
public record StagedOwner(String type, String id) {

    public static final String TICKET = ObjectType.TICKET.wireName();
    public static final String CUSTOMER = ObjectType.CUSTOMER.wireName();
    public static final String CONTACT = ObjectType.CONTACT.wireName();
    public static final String DEFINITION = "definition";

    public static StagedOwner of(ObjectType objectType, String sourceId, AteraRow row) {
        return switch (objectType) {
            case TICKET, TICKET_COMMENT, WORK_HOUR -> new StagedOwner(TICKET, objectType.partitionKey(sourceId, row.fields()));
            case CUSTOM_VALUE, TAG -> new StagedOwner(kind(row.value("ObjectType")), orEmpty(row.value("ObjectID")));
            case CONTRACT -> new StagedOwner(CUSTOMER, orEmpty(row.value("CustomerID")));
            case CUSTOM_FIELD -> new StagedOwner(DEFINITION, kind(row.value("ObjectType")));
            default -> new StagedOwner(objectType.wireName(), sourceId);
        };
    }

    /** An Atera ObjectType as an owner kind: {@code Customer} → {@code customer}. */
    public static String kind(String ateraObjectType) {
        return ateraObjectType == null ? "" : ateraObjectType.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code customer/1001}: one string per owner, for lookups. */
    public String key() {
        return type + "/" + id;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
