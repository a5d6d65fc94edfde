package io.github.ateraintercom.common.atera;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Atera objects of an export directory, each with its file, the columns that identify a row and
 * the column its records are partitioned by: everything about one ticket shares the ticket's
 * partition, so a ticket's comments and work hours stay in order with it.
 */
public enum ObjectType {
    CUSTOMER("customers", List.of("CustomerID"), null),
    CONTACT("contacts", List.of("EndUserID"), null),
    TICKET("tickets", List.of("TicketID"), null),
    /** A comment has no id of its own: it is known by its ticket, its date, its author and its text. */
    TICKET_COMMENT("ticket_comments", List.of("TicketID", "Date"), "TicketID"),
    WORK_HOUR("work_hours", List.of("WorkHoursID"), "TicketID"),
    /** After tickets, comments and work hours: without its own file, the roster is derived from them. */
    TECHNICIAN("technicians", List.of("TechnicianContactID"), null),
    CUSTOM_FIELD("custom_fields", List.of("ObjectType", "FieldName"), null),
    CUSTOM_VALUE("custom_values", List.of("ObjectType", "ObjectID", "FieldName"), "ObjectID"),
    CONTRACT("contracts", List.of("ContractID"), null),
    SLA_POLICY("sla_policies", List.of("SLAID", "Priority"), null),
    KB_ARTICLE("kb_articles", List.of("ArticleID"), null),
    TAG("tags", List.of("ObjectType", "ObjectID", "Tag"), "ObjectID"),
    AUTOMATION_RULE("automation_rules", List.of("RuleID"), null),
    INVOICE("invoices", List.of("InvoiceID"), null),
    /**
     * Not read from Atera: the custom attributes, tags and Help Center collections a run creates
     * before its data, each a record of its own that the orchestrator publishes on {@code intercom.schema}.
     */
    SCHEMA("schema", List.of(), null);

    private final String plural;
    private final List<String> keyColumns;
    private final String partitionColumn;

    ObjectType(String plural, List<String> keyColumns, String partitionColumn) {
        this.plural = plural;
        this.keyColumns = keyColumns;
        this.partitionColumn = partitionColumn;
    }

    /** False for {@link #SCHEMA}: no export file, API list or raw topic holds it. */
    public boolean extracted() {
        return this != SCHEMA;
    }

    /** The export file this object is read from, e.g. {@code customers.csv}. */
    public String fileName() {
        return plural + ".csv";
    }

    /** The raw topic of this object, e.g. {@code atera.customers}. */
    public String topic() {
        return "atera." + plural;
    }

    /** The columns every row must fill to be identified; a record's source id joins them with {@code /}. */
    public List<String> keyColumns() {
        return keyColumns;
    }

    /**
     * The Kafka key of a record of this object: the value of its partition column (the ticket for
     * comments and work hours, the owning record for custom values and tags), or its own source id.
     */
    public String partitionKey(String sourceId, Map<String, String> fields) {
        if (partitionColumn == null) {
            return sourceId;
        }
        String value = fields.get(partitionColumn);
        return value == null || value.isBlank() ? sourceId : value.strip();
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ObjectType fromWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown object type '" + name + "'"));
    }
}
