package io.github.ateraintercom.extractor.csv;

import io.github.ateraintercom.common.atera.ObjectType;

import java.util.List;
import java.util.Optional;

import static io.github.ateraintercom.extractor.csv.ExportFile.Presence.EXCLUDED;
import static io.github.ateraintercom.extractor.csv.ExportFile.Presence.OPTIONAL;
import static io.github.ateraintercom.extractor.csv.ExportFile.Presence.REQUIRED;

/** The files of an Atera export directory and their columns, spelled as Atera's API spells them. */
public final class ExportLayout {

    public static final List<ExportFile> FILES = List.of(
            new ExportFile("customers.csv", ObjectType.CUSTOMER.keyColumns(), List.of("CustomerID", "CustomerName", "CreatedOn",
                    "LastModified", "BusinessNumber", "Domain", "Address", "City", "State", "Country", "ZipCodeStr", "Phone",
                    "Fax", "Notes", "Links"), REQUIRED),
            new ExportFile("contacts.csv", ObjectType.CONTACT.keyColumns(), List.of("EndUserID", "CustomerID", "CustomerName", "Firstname",
                    "Lastname", "JobTitle", "Email", "Phone", "MobilePhone", "IsContactPerson", "InIgnoreMode", "CreatedOn",
                    "LastModified", "Archived", "DepartmentID", "DepartmentName"), REQUIRED),
            new ExportFile("technicians.csv", ObjectType.TECHNICIAN.keyColumns(), List.of("TechnicianContactID", "Firstname",
                    "Lastname", "Email", "Role", "Active"), OPTIONAL),
            new ExportFile("tickets.csv", ObjectType.TICKET.keyColumns(), List.of("TicketID", "TicketNumber", "TicketTitle",
                    "TicketPriority", "TicketImpact", "TicketStatus", "TicketSource", "TicketType", "EndUserID", "EndUserEmail",
                    "EndUserFirstName", "EndUserLastName", "EndUserPhone", "TicketCreatedDate", "TicketResolvedDate",
                    "TechnicianFirstCommentDate", "FirstResponseDueDate", "ClosedTicketDueDate", "FirstComment",
                    "LastEndUserComment", "LastEndUserCommentTimestamp", "LastTechnicianComment",
                    "LastTechnicianCommentTimestamp", "OnSiteDurationSeconds", "OnSiteDurationMinutes",
                    "OffSiteDurationSeconds", "OffSiteDurationMinutes", "OnSLADurationSeconds", "OnSLADurationMinutes",
                    "OffSLADurationSeconds", "OffSLADurationMinutes", "TotalDurationSeconds", "TotalDurationMinutes",
                    "CustomerID", "CustomerName", "CustomerBusinessNumber", "TechnicianContactID", "TechnicianFullName",
                    "TechnicianEmail", "ContractID", "RelationType", "RelatedTicketId", "Tags"), REQUIRED),
            new ExportFile("ticket_comments.csv", ObjectType.TICKET_COMMENT.keyColumns(), List.of("TicketID", "Date",
                    "Comment", "CommentHtml", "EndUserID", "TechnicianContactID", "Email", "FirstName", "LastName", "IsInternal",
                    "AttachmentUrls"), OPTIONAL),
            new ExportFile("work_hours.csv", ObjectType.WORK_HOUR.keyColumns(), List.of("WorkHoursID", "TicketID", "StartWorkHour",
                    "EndWorkHour", "TechnicianContactID", "TechnicianFullName", "TechnicianEmail", "Billiable", "OnCustomerSite",
                    "Description", "RateID", "RateAmount"),
                    OPTIONAL),
            new ExportFile("custom_fields.csv", ObjectType.CUSTOM_FIELD.keyColumns(), List.of("ObjectType", "FieldName",
                    "FieldType", "Options", "Required"), OPTIONAL),
            new ExportFile("custom_values.csv", ObjectType.CUSTOM_VALUE.keyColumns(), List.of("ObjectType", "ObjectID",
                    "FieldName", "Value"), OPTIONAL),
            new ExportFile("contracts.csv", ObjectType.CONTRACT.keyColumns(), List.of("ContractID", "CustomerID", "ContractName",
                    "ContractType", "StartDate", "EndDate", "Rate", "BillingPeriod", "SLAID", "Active"), OPTIONAL),
            new ExportFile("sla_policies.csv", ObjectType.SLA_POLICY.keyColumns(), List.of("SLAID", "Name", "Priority",
                    "FirstResponseMinutes", "ResolutionMinutes", "BusinessHoursOnly"), OPTIONAL),
            new ExportFile("kb_articles.csv", ObjectType.KB_ARTICLE.keyColumns(), List.of("ArticleID", "Title", "Body", "Category",
                    "SubCategory", "Tags", "CreatedOn", "LastModified", "AttachmentUrls", "Published"), OPTIONAL),
            new ExportFile("tags.csv", ObjectType.TAG.keyColumns(), List.of("ObjectType", "ObjectID", "Tag"), OPTIONAL),
            new ExportFile("automation_rules.csv", ObjectType.AUTOMATION_RULE.keyColumns(), List.of("RuleID", "Name", "Kind", "Trigger", "Conditions",
                    "Actions", "Active"), OPTIONAL),
            new ExportFile("invoices.csv", ObjectType.INVOICE.keyColumns(), List.of("InvoiceID", "CustomerID", "InvoiceNumber", "Date",
                    "Total", "Currency", "Status"), OPTIONAL),
            new ExportFile("agents.csv", List.of(), List.of(), EXCLUDED),
            new ExportFile("devices.csv", List.of(), List.of(), EXCLUDED),
            new ExportFile("alerts.csv", List.of(), List.of(), EXCLUDED),
            new ExportFile("assets.csv", List.of(), List.of(), EXCLUDED),
            new ExportFile("network_health.csv", List.of(), List.of(), EXCLUDED));

    private ExportLayout() {
    }

    public static Optional<ExportFile> file(String name) {
        return FILES.stream().filter(file -> file.name().equalsIgnoreCase(name)).findFirst();
    }

    public static List<String> columns(ObjectType type) {
        return file(type.fileName()).orElseThrow().columns();
    }
}
