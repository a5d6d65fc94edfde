package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;

import java.time.ZoneId;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * How one Atera object is listed by the API and turned into the columns its export file uses, so
 * a record reads the same whichever source it came from.
 */
interface ApiObject {

    /**
     * Empty for objects Atera's API does not have: technicians (derived from tickets, comments and
     * work hours instead), SLA policies, tags and automation rules. {@code zone} is the account's,
     * which dates given to the API without an offset are in; {@code readSoFar} carries what earlier
     * objects of the run leave for later ones.
     */
    static Optional<ApiObject> of(ObjectType type, ZoneId zone, ReadSoFar readSoFar) {
        return Optional.ofNullable(switch (type) {
            case CUSTOMER -> new CustomersApi(readSoFar.customers);
            case CONTACT -> new ContactsApi(readSoFar.contacts);
            case TICKET -> new TicketsApi(zone, readSoFar.tickets);
            case TICKET_COMMENT -> new TicketCommentsApi(readSoFar.tickets);
            case WORK_HOUR -> new WorkHoursApi();
            case CUSTOM_FIELD -> new CustomFieldsApi(readSoFar);
            case CUSTOM_VALUE -> new CustomValuesApi(readSoFar);
            case CONTRACT -> new ContractsApi();
            case KB_ARTICLE -> new KnowledgeBaseApi();
            case INVOICE -> new InvoicesApi();
            case TECHNICIAN, SLA_POLICY, TAG, AUTOMATION_RULE, SCHEMA -> null;
        });
    }

    /** The stable name the object's rows are attributed to, e.g. {@code api:/customers}. */
    String sourceName();

    /**
     * The lists to read, in order: most objects have one, comments one per ticket. With
     * {@code modifiedSince} (nullable) an object whose list can filter on it asks only for the
     * records modified on or after it.
     */
    Iterator<ApiList> lists(String modifiedSince);

    /** The item's columns as text, spelled as the export layout spells them. */
    Map<String, String> columns(JsonNode item);

    /** Told of each record published, for an object whose records later lists are read by. */
    default void published(Map<String, String> columns) {
    }
}
