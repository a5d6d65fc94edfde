package io.github.ateraintercom.common.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The default map: per export file, the Intercom object it becomes, the model its custom attributes
 * belong to, and where each column lands (docs/mapping.md says the same in prose). The one place
 * that names standard targets and the default attributes: the orchestrator proposes from it, the
 * transformer writes by it. A column of the layout that is not here is kept in the run's raw
 * records only. A run's confirmed choices may move or ignore the columns of the editable files
 * (customers, contacts, tickets), except the fixed ones.
 */
public final class DefaultMap {

    /** Why the rows of a file Intercom has no place for are held: each is handed to people in a report of the run. */
    private static final Map<String, String> HANDED_OFF = Map.of(
            "automation_rules.csv", "configuration, not data: listed with its Intercom equivalent in the automation-inventory report, "
                    + "for an admin to set up",
            "invoices.csv", "billing data, never loaded into Intercom: listed in the billing-handoff report, for the customer's "
                    + "billing tool");

    public static final List<FileDefaults> FILES = List.of(
            new Builder("customers.csv", "company", "company").editable()
                    .standard("CustomerID", "company_id", "create-or-update key", true)
                    .standard("CustomerName", "name", null, true)
                    .standard("Domain", "website", null, false)
                    .standard("CreatedOn", "remote_created_at", null, false)
                    .text("BusinessNumber", "business_number").text("Address", "address").text("City", "city")
                    .text("State", "state").text("Country", "country").text("ZipCodeStr", "zip_code").text("Phone", "phone")
                    .text("Fax", "fax").text("Notes", "notes").text("Links", "links")
                    .build(),
            new Builder("contacts.csv", "contact (user with an email, lead without)", "contact").editable()
                    .standard("EndUserID", "external_id", null, true)
                    .standard("Email", "email", "lower case; without one the contact is a lead; a user is known by it", true)
                    .standard("Firstname", "name", null, false)
                    .standard("Lastname", "name", null, false)
                    .standard("Phone", "phone", null, false)
                    .attribute("MobilePhone", "mobile_phone", AttributeType.STRING, "also the phone when Phone is empty")
                    .standard("CreatedOn", "signed_up_at", null, false)
                    .text("JobTitle", "job_title").text("DepartmentName", "department")
                    .standard("CustomerID", "company", "the company it joins", true)
                    .build(),
            new Builder("technicians.csv", "teammate, matched by email (never created)", null)
                    .standard("TechnicianContactID", "teammate", "the technician's teammate", true)
                    .standard("Email", "email", "matched with a teammate's email, case-insensitive", true)
                    .standard("Firstname", "name", "teammate reconciliation", false)
                    .standard("Lastname", "name", "teammate reconciliation", false)
                    .build(),
            new Builder("tickets.csv", "conversation", "conversation").editable()
                    .standard("TicketID", "conversation", "one per ticket", true)
                    .text("TicketNumber", "atera_ticket_number")
                    .standard("TicketTitle", "title", null, false)
                    .standard("TicketStatus", "state", "see ticketStates", false)
                    .alsoWrites("TicketStatus", AttributeSpec.text("atera_status"))
                    .text("TicketPriority", "atera_priority").text("TicketImpact", "atera_impact")
                    .text("TicketType", "atera_type").text("TicketSource", "atera_source")
                    .standard("EndUserID", "from", "the contact who opens the conversation", true)
                    .standard("TicketCreatedDate", "created_at", null, true)
                    .standard("FirstComment", "body", "the opening message, as plain text", false)
                    .standard("TechnicianContactID", "assignee", "unmatched or empty: the fallback teammate", true)
                    .standard("Tags", "tags", null, false)
                    .build(),
            new Builder("ticket_comments.csv", "conversation part", null)
                    .standard("TicketID", "conversation", "its ticket's conversation", true)
                    .standard("Date", "created_at", "parts in this order", false)
                    .standard("Comment", "body", "when CommentHtml is empty", false)
                    .standard("CommentHtml", "body", null, false)
                    .standard("EndUserID", "author", "a user reply by this contact", false)
                    .standard("TechnicianContactID", "author", "an admin reply by this technician's teammate", false)
                    .standard("IsInternal", "message_type", "an admin note instead of a reply", false)
                    .standard("AttachmentUrls", "attachment_urls", "10 per part, the rest in notes", false)
                    .build(),
            new Builder("work_hours.csv", "conversation attribute billable_hours", "conversation")
                    .standard("TicketID", "conversation", "its ticket's conversation", true)
                    .attribute("StartWorkHour", "billable_hours", AttributeType.FLOAT, "hours, 2 places")
                    .attribute("EndWorkHour", "billable_hours", AttributeType.FLOAT, "hours, 2 places")
                    .standard("Billiable", "billable", "counts in billable_hours when true", false)
                    .build(),
            new Builder("kb_articles.csv", "Help Center article (draft)", null)
                    .standard("Title", "title", null, true)
                    .standard("Body", "body", "sanitised", false)
                    .standard("Category", "collection", null, false)
                    .standard("SubCategory", "child_collection", null, false)
                    .build(),
            new Builder("contracts.csv", "company attributes (the customer's current contract), or the billing hand-off document",
                    "company")
                    .standard("ContractID", "contract", null, true)
                    .standard("CustomerID", "company", "the company whose attributes it fills", true)
                    .text("ContractName", "contract_name").text("ContractType", "contract_type")
                    .attribute("Rate", "contract_rate", AttributeType.FLOAT, null)
                    .text("BillingPeriod", "contract_billing_period")
                    .attribute("SLAID", "contract_sla", AttributeType.STRING, "the SLA policy's name when sla_policies.csv has it")
                    .attribute("StartDate", "contract_start", AttributeType.DATE, "the latest active contract is the current one")
                    .attribute("EndDate", "contract_end", AttributeType.DATE, null)
                    .standard("Active", "current", "only an active contract is written", false)
                    .build(),
            new Builder("sla_policies.csv", "the name of a contract's SLA (contract_sla)", null)
                    .standard("SLAID", "contract_sla", null, true)
                    .standard("Name", "contract_sla", null, false)
                    .build(),
            // their columns are proposed as the Custom: column of each field's object file
            new Builder("custom_fields.csv", "the type of each custom field's attribute (see the Custom: columns)", null).build(),
            new Builder("custom_values.csv", "custom attributes of their company, contact or conversation", null).build(),
            new Builder("tags.csv", "tags of their company, contact or conversation", null)
                    .standard("ObjectType", "model", null, true)
                    .standard("ObjectID", "record", null, true)
                    .standard("Tag", "tag", null, true)
                    .build());

    /** What a standard field's values must look like: a value profile type, or absent when any value will do. */
    private static final Map<String, String> STANDARD_VALUES = Map.of(
            "email", "email",
            "remote_created_at", "date",
            "signed_up_at", "date",
            "created_at", "date");

    private DefaultMap() {
    }

    /** Why the rows of a file Intercom has no place for are held, and which report hands them to people. */
    public static Optional<String> handedOff(String file) {
        return Optional.ofNullable(HANDED_OFF.get(file));
    }

    /** What becomes of the rows of a file the default map does not write. */
    public static String held(String file) {
        return "held: " + handedOff(file).orElse("no Intercom mapping in this release");
    }

    public static Optional<FileDefaults> file(String name) {
        return FILES.stream().filter(file -> file.file().equals(name)).findFirst();
    }

    /** The value type a standard field needs (email, date), if any. */
    public static Optional<String> valuesOf(String standardField) {
        return Optional.ofNullable(STANDARD_VALUES.get(standardField));
    }

    /** The file's defaults; it must be one of the map's. */
    public static FileDefaults of(String name) {
        return file(name).orElseThrow(() -> new IllegalArgumentException(name + " is not in the default map"));
    }

    /**
     * One file: the Intercom {@code object} it becomes, the {@code model} (company, contact,
     * conversation) its custom attributes belong to, null when it takes none, whether a run's
     * choices may move or ignore its columns, and its columns.
     */
    public record FileDefaults(String file, String object, String model, boolean editable, Map<String, ColumnDefault> columns) {

        /** The standard fields this file's columns fill. */
        public Set<String> standardFields() {
            Set<String> fields = new LinkedHashSet<>();
            columns.values().stream().filter(column -> column.target().kind() == FieldTarget.Kind.STANDARD)
                    .forEach(column -> fields.add(column.target().field()));
            return fields;
        }

        /** The attributes the default map writes from this file: its columns' and those written besides. */
        public List<AttributeSpec> attributes() {
            return columns.values().stream().flatMap(column -> column.attributes().stream()).toList();
        }

        /** Each column that fills an attribute by default, with that attribute, in column order. */
        public Map<String, AttributeSpec> attributeColumns() {
            Map<String, AttributeSpec> attributes = new LinkedHashMap<>();
            columns.forEach((column, given) -> given.attributes().stream().findFirst()
                    .ifPresent(attribute -> attributes.put(column, attribute)));
            return Collections.unmodifiableMap(attributes);
        }

        /** The attribute {@code column} fills by default. */
        public AttributeSpec attribute(String column) {
            AttributeSpec attribute = attributeColumns().get(column);
            if (attribute == null) {
                throw new IllegalArgumentException(column + " of " + file + " fills no attribute by default");
            }
            return attribute;
        }
    }

    /**
     * Where one column lands; {@code fixed}: the object is keyed or joined by it (or cannot be written
     * without it), so it can be neither ignored nor moved; {@code alsoWrites}: attributes it fills
     * besides its target (a status is also kept as text).
     */
    public record ColumnDefault(FieldTarget target, String note, boolean fixed, List<AttributeSpec> alsoWrites) {

        public List<AttributeSpec> attributes() {
            return target.kind() == FieldTarget.Kind.ATTRIBUTE
                    ? Stream.concat(Stream.of(target.attribute()), alsoWrites.stream()).toList()
                    : alsoWrites;
        }
    }

    private static final class Builder {

        private final String file;
        private final String object;
        private final String model;
        private boolean editable;
        private final Map<String, ColumnDefault> columns = new LinkedHashMap<>();

        Builder(String file, String object, String model) {
            this.file = file;
            this.object = object;
            this.model = model;
        }

        Builder editable() {
            editable = true;
            return this;
        }

        Builder standard(String column, String field, String note, boolean fixed) {
            columns.put(column, new ColumnDefault(FieldTarget.standard(field), note, fixed, List.of()));
            return this;
        }

        Builder text(String column, String attribute) {
            return attribute(column, attribute, AttributeType.STRING, null);
        }

        Builder attribute(String column, String attribute, AttributeType type, String note) {
            columns.put(column, new ColumnDefault(FieldTarget.attribute(new AttributeSpec(attribute, type, List.of(),
                    "Atera " + file + " " + column)), note, false, List.of()));
            return this;
        }

        Builder alsoWrites(String column, AttributeSpec attribute) {
            ColumnDefault given = columns.get(column);
            AttributeSpec described = new AttributeSpec(attribute.name(), attribute.type(), attribute.options(),
                    "Atera " + file + " " + column);
            columns.put(column, new ColumnDefault(given.target(), given.note(), given.fixed(), List.of(described)));
            return this;
        }

        FileDefaults build() {
            return new FileDefaults(file, object, model, editable, Collections.unmodifiableMap(columns));
        }
    }
}
