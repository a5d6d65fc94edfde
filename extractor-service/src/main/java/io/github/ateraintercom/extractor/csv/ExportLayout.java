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
            new ExportFile("customers.csv", List.of("CustomerID"), List.of("CustomerID", "CustomerName", "CreatedOn",
                    "LastModified", "BusinessNumber", "Domain", "Address", "City", "State", "Country", "ZipCodeStr", "Phone",
                    "Fax", "Notes", "Links"), REQUIRED),
            new ExportFile("contacts.csv", List.of("EndUserID"), List.of("EndUserID", "CustomerID", "CustomerName", "Firstname",
                    "Lastname", "JobTitle", "Email", "Phone", "MobilePhone", "IsContactPerson", "InIgnoreMode", "CreatedOn",
                    "LastModified", "Archived", "DepartmentID", "DepartmentName"), REQUIRED),
            new ExportFile("technicians.csv", List.of("TechnicianContactID"), List.of("TechnicianContactID", "Firstname",
                    "Lastname", "Email", "Role", "Active"), OPTIONAL),
            new ExportFile("tickets.csv", List.of("TicketID"), List.of("TicketID", "TicketNumber", "TicketTitle",
                    "TicketPriority", "TicketImpact", "TicketStatus", "TicketSource", "TicketType", "EndUserID", "EndUserEmail",
                    "EndUserFirstName", "EndUserLastName", "EndUserPhone", "TicketCreatedDate", "TicketResolvedDate",
                    "TechnicianFirstCommentDate", "FirstResponseDueDate", "ClosedTicketDueDate", "FirstComment",
                    "LastEndUserComment", "LastEndUserCommentTimestamp", "LastTechnicianComment",
                    "LastTechnicianCommentTimestamp", "OnSiteDurationSeconds", "OnSiteDurationMinutes",
                    "OffSiteDurationSeconds", "OffSiteDurationMinutes", "OnSLADurationSeconds", "OnSLADurationMinutes",
                    "OffSLADurationSeconds", "OffSLADurationMinutes", "TotalDurationSeconds", "TotalDurationMinutes",
                    "CustomerID", "CustomerName", "CustomerBusinessNumber", "TechnicianContactID", "TechnicianFullName",
                    "TechnicianEmail", "ContractID", "RelationType", "RelatedTicketId", "Tags"), REQUIRED),
            new ExportFile("ticket_comments.csv", List.of("TicketID", "Date", "EndUserID", "TechnicianContactID", "Comment"),
                    List.of("TicketID", "Date", "Comment", "CommentHtml", "EndUserID", "TechnicianContactID", "Email", "FirstName",
                            "LastName", "IsInternal", "AttachmentUrls"), OPTIONAL),
            new ExportFile("work_hours.csv", List.of("WorkHoursID"), List.of("WorkHoursID", "TicketID", "StartWorkHour",
                    "EndWorkHour", "TechnicianContactID", "Billiable", "OnCustomerSite", "Description", "RateID", "RateAmount"),
                    OPTIONAL),
            new ExportFile("custom_fields.csv", List.of("ObjectType", "FieldName"), List.of("ObjectType", "FieldName",
                    "FieldType", "Options", "Required"), OPTIONAL),
            new ExportFile("custom_values.csv", List.of("ObjectType", "ObjectID", "FieldName"), List.of("ObjectType", "ObjectID",
                    "FieldName", "Value"), OPTIONAL),
            new ExportFile("contracts.csv", List.of("ContractID"), List.of("ContractID", "CustomerID", "ContractName",
                    "ContractType", "StartDate", "EndDate", "Rate", "BillingPeriod", "SLAID", "Active"), OPTIONAL),
            new ExportFile("sla_policies.csv", List.of("SLAID", "Priority"), List.of("SLAID", "Name", "Priority",
                    "FirstResponseMinutes", "ResolutionMinutes", "BusinessHoursOnly"), OPTIONAL),
            new ExportFile("kb_articles.csv", List.of("ArticleID"), List.of("ArticleID", "Title", "Body", "Category",
                    "SubCategory", "Tags", "CreatedOn", "LastModified", "AttachmentUrls", "Published"), OPTIONAL),
            new ExportFile("tags.csv", List.of("ObjectType", "ObjectID", "Tag"), List.of("ObjectType", "ObjectID", "Tag"), OPTIONAL),
            new ExportFile("automation_rules.csv", List.of("RuleID"), List.of("RuleID", "Name", "Kind", "Trigger", "Conditions",
                    "Actions", "Active"), OPTIONAL),
            new ExportFile("invoices.csv", List.of("InvoiceID"), List.of("InvoiceID", "CustomerID", "InvoiceNumber", "Date",
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
