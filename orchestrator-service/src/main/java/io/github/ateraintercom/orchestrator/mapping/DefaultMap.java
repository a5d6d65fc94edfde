package io.github.ateraintercom.orchestrator.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default map as the proposal shows it: per export file, the Intercom object it becomes and where
 * each column lands (docs/mapping.md says the same in prose; the transformer applies it). A column of
 * the layout that is not here is kept in the run's raw records only.
 */
final class DefaultMap {

    /** The Intercom object a file becomes, or why it becomes none. */
    static final Map<String, String> TARGETS = Map.ofEntries(
            Map.entry("customers.csv", "company"),
            Map.entry("contacts.csv", "contact (user with an email, lead without)"),
            Map.entry("technicians.csv", "teammate, matched by email (never created)"),
            Map.entry("tickets.csv", "conversation"),
            Map.entry("ticket_comments.csv", "conversation part"),
            Map.entry("work_hours.csv", "conversation attribute billable_hours"),
            Map.entry("kb_articles.csv", "Help Center article (draft)"));

    static final Map<String, Map<String, String>> FIELDS = Map.of(
            "customers.csv", fields(
                    "CustomerID", "company_id",
                    "CustomerName", "name",
                    "Domain", "website",
                    "CreatedOn", "remote_created_at",
                    "BusinessNumber", "custom attribute business_number",
                    "Address", "custom attribute address",
                    "City", "custom attribute city",
                    "State", "custom attribute state",
                    "Country", "custom attribute country",
                    "ZipCodeStr", "custom attribute zip_code",
                    "Phone", "custom attribute phone",
                    "Fax", "custom attribute fax",
                    "Notes", "custom attribute notes",
                    "Links", "custom attribute links"),
            "contacts.csv", fields(
                    "EndUserID", "external_id",
                    "Email", "email (lower case); without one the contact is a lead",
                    "Firstname", "name",
                    "Lastname", "name",
                    "Phone", "phone",
                    "MobilePhone", "phone when Phone is empty; custom attribute mobile_phone",
                    "CreatedOn", "signed_up_at",
                    "JobTitle", "custom attribute job_title",
                    "DepartmentName", "custom attribute department",
                    "CustomerID", "the company it joins"),
            "technicians.csv", fields(
                    "TechnicianContactID", "the technician's teammate",
                    "Email", "matched with a teammate's email, case-insensitive",
                    "Firstname", "teammate reconciliation",
                    "Lastname", "teammate reconciliation"),
            "tickets.csv", fields(
                    "TicketID", "the conversation (one per ticket)",
                    "TicketNumber", "conversation attribute atera_ticket_number",
                    "TicketTitle", "title",
                    "TicketStatus", "state (see ticketStates) and conversation attribute atera_status",
                    "TicketPriority", "conversation attribute atera_priority",
                    "TicketImpact", "conversation attribute atera_impact",
                    "TicketType", "conversation attribute atera_type",
                    "TicketSource", "conversation attribute atera_source",
                    "EndUserID", "the contact who opens the conversation",
                    "TicketCreatedDate", "created_at",
                    "FirstComment", "the opening message, as plain text",
                    "TechnicianContactID", "assignee (unmatched or empty: the fallback teammate)",
                    "Tags", "tags"),
            "ticket_comments.csv", fields(
                    "TicketID", "its ticket's conversation",
                    "Date", "created_at of the part, parts in this order",
                    "Comment", "body when CommentHtml is empty",
                    "CommentHtml", "body",
                    "EndUserID", "a user reply by this contact",
                    "TechnicianContactID", "an admin reply by this technician's teammate",
                    "IsInternal", "an admin note instead of a reply",
                    "AttachmentUrls", "attachment_urls, 10 per part, the rest in notes"),
            "work_hours.csv", fields(
                    "TicketID", "its ticket's conversation",
                    "StartWorkHour", "billable_hours",
                    "EndWorkHour", "billable_hours",
                    "Billiable", "counts in billable_hours when true"),
            "kb_articles.csv", fields(
                    "Title", "title",
                    "Body", "body, sanitised",
                    "Category", "collection",
                    "SubCategory", "child collection"));

    private DefaultMap() {
    }

    private static Map<String, String> fields(String... columnsAndTargets) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndTargets.length; i += 2) {
            fields.put(columnsAndTargets[i], columnsAndTargets[i + 1]);
        }
        return fields;
    }
}
