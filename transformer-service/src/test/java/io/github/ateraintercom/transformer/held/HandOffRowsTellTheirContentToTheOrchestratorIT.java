package io.github.ateraintercom.transformer.held;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.event.RecordFacts;
import io.github.ateraintercom.common.event.RecordHeld;
import io.github.ateraintercom.common.event.RecordTransformed;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.RawRows;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real broker: what the orchestrator's hand-off reports need travels with the events.
 * Held SLA policies, automation rules, invoices and contracts carry their columns; a written contract
 * its columns too; a ticket its customer, technician and hours; a technician its email and name.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class HandOffRowsTellTheirContentToTheOrchestratorIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void heldAndTransformedEventsCarryWhatTheHandOffReportsList() {
        String runId = UUID.randomUUID().toString();
        TopicWriter.control(new RunStarted(runId, "/exports/acme", "UTC", "http://localhost:1", "INTERCOM_TOKEN"));
        List<Envelope<AteraRow>> rows = new ArrayList<>();
        rows.add(RawRows.row(runId, ObjectType.CUSTOMER, "1001", 2, "CustomerID", "1001", "CustomerName", "Northwind"));
        rows.add(RawRows.row(runId, ObjectType.TAG, "Customer/1001/VIP", 2, "ObjectType", "Customer", "ObjectID", "1001", "Tag", "VIP"));
        rows.add(RawRows.row(runId, ObjectType.TICKET, "5001", 2, "TicketID", "5001", "TicketNumber", "T-5001", "TicketTitle", "Printer",
                "EndUserID", "2001", "TicketCreatedDate", "2025-01-02T09:00:00Z", "FirstComment", "Offline", "CustomerID", "1001",
                "CustomerName", "Northwind", "TechnicianContactID", "301"));
        rows.add(RawRows.row(runId, ObjectType.TICKET, "5002", 3, "TicketID", "5002", "TicketTitle", "Nobody's", "EndUserID", "2001",
                "TicketCreatedDate", "2025-01-03T09:00:00Z", "FirstComment", "Hello"));
        rows.add(workHour(runId, "9001", 2, "2025-01-02T09:30:00Z", "2025-01-02T11:00:00Z", "true"));
        rows.add(workHour(runId, "9002", 3, "2025-01-02T11:00:00Z", "2025-01-02T11:30:00Z", "false"));
        rows.add(workHour(runId, "9003", 4, "2025-01-02T12:00:00Z", "2025-01-02T12:45:00Z", "true"));
        rows.add(contract(runId, "801", 2, "Old support", "2023-01-01"));
        rows.add(contract(runId, "802", 3, "Managed services", "2024-01-01"));
        rows.add(RawRows.row(runId, ObjectType.SLA_POLICY, "71/High", 2, "SLAID", "71", "Name", "Gold SLA", "Priority", "High",
                "FirstResponseMinutes", "30", "ResolutionMinutes", "480", "BusinessHoursOnly", "false"));
        TopicWriter.extraction(runId, rows);
        TopicWriter.envelope(ObjectType.AUTOMATION_RULE.topic(), RawRows.row(runId, ObjectType.AUTOMATION_RULE, "41", 2, "RuleID", "41",
                "Name", "Route printers", "Kind", "TicketRule", "Active", "true"));
        TopicWriter.envelope(ObjectType.INVOICE.topic(), RawRows.row(runId, ObjectType.INVOICE, "901", 2, "InvoiceID", "901",
                "CustomerID", "1001", "Total", "2400.00", "Currency", "USD"));
        TopicWriter.envelope(ObjectType.TECHNICIAN.topic(), RawRows.row(runId, ObjectType.TECHNICIAN, "301", 2, "TechnicianContactID", "301",
                "Firstname", "Tom", "Lastname", "Tech", "Email", "Tom.Tech@Acme.example", "Active", "false"));

        // 13 record events, after the 6 files announced and the end of the extraction
        Map<String, MigrationEvent> events = byRow(TopicReader.recordEvents(runId, 20, WAIT));

        assertThat(((RecordTransformed) events.get("tickets.csv:2")).facts()).containsExactlyEntriesOf(ordered(
                RecordFacts.CUSTOMER_ID, "1001", RecordFacts.CUSTOMER_NAME, "Northwind", RecordFacts.TICKET_NUMBER, "T-5001",
                RecordFacts.TITLE, "Printer", RecordFacts.TECHNICIAN_ID, "301", RecordFacts.BILLABLE_HOURS, "2.25",
                RecordFacts.NON_BILLABLE_HOURS, "0.50"));
        assertThat(((RecordTransformed) events.get("tickets.csv:3")).facts()).as("unassigned, without hours or customer")
                .containsExactlyEntriesOf(ordered(RecordFacts.TICKET_NUMBER, "5002", RecordFacts.TITLE, "Nobody's",
                        RecordFacts.BILLABLE_HOURS, "0.00", RecordFacts.NON_BILLABLE_HOURS, "0.00"));
        assertThat(((RecordTransformed) events.get("technicians.csv:2")).facts()).containsExactlyEntriesOf(ordered(
                RecordFacts.EMAIL, "tom.tech@acme.example", RecordFacts.NAME, "Tom Tech", RecordFacts.ACTIVE, "false"));
        assertThat(((RecordTransformed) events.get("work_hours.csv:2")).facts()).as("told through its ticket").isEmpty();
        assertThat(((RecordTransformed) events.get("tags.csv:2")).facts()).isEmpty();

        assertThat(((RecordTransformed) events.get("contracts.csv:3")).facts()).as("the current contract, written")
                .containsEntry("ContractID", "802").containsEntry("ContractName", "Managed services").containsEntry("SLAID", "71");
        assertThat(((RecordHeld) events.get("contracts.csv:2")).fields()).as("an older contract, held")
                .containsEntry("ContractID", "801").containsEntry("Rate", "100");
        assertThat(((RecordHeld) events.get("sla_policies.csv:2")).fields()).containsExactlyEntriesOf(ordered("SLAID", "71",
                "Name", "Gold SLA", "Priority", "High", "FirstResponseMinutes", "30", "ResolutionMinutes", "480", "BusinessHoursOnly", "false"));
        assertThat(((RecordHeld) events.get("automation_rules.csv:2")).fields()).containsExactlyEntriesOf(ordered("RuleID", "41",
                "Name", "Route printers", "Kind", "TicketRule", "Active", "true"));
        assertThat(((RecordHeld) events.get("invoices.csv:2")).fields()).containsExactlyEntriesOf(ordered("InvoiceID", "901",
                "CustomerID", "1001", "Total", "2400.00", "Currency", "USD"));
    }

    @Test
    void everyContractHeldForTheHandOffCarriesItsColumns() {
        String runId = UUID.randomUUID().toString();
        TopicWriter.control(new RunStarted(runId, "/exports/acme", "UTC", "http://localhost:1", "INTERCOM_TOKEN", SourceKind.EXPORT_DIRECTORY,
                null, null, null, null, new MappingChoices(1, Map.of(), null, MappingChoices.HANDOFF, null, null)));
        List<Envelope<AteraRow>> rows = new ArrayList<>();
        rows.add(RawRows.row(runId, ObjectType.CUSTOMER, "1001", 2, "CustomerID", "1001", "CustomerName", "Northwind"));
        rows.add(contract(runId, "801", 2, "Old support", "2023-01-01"));
        rows.add(contract(runId, "802", 3, "Managed services", "2024-01-01"));
        TopicWriter.extraction(runId, rows);

        Map<String, MigrationEvent> events = byRow(TopicReader.recordEvents(runId, 6, WAIT));

        assertThat(events.get("contracts.csv:2")).isInstanceOfSatisfying(RecordHeld.class, held -> assertThat(held.fields())
                .containsEntry("ContractID", "801").containsEntry("ContractName", "Old support"));
        assertThat(events.get("contracts.csv:3")).isInstanceOfSatisfying(RecordHeld.class, held -> assertThat(held.fields())
                .containsEntry("ContractID", "802").containsEntry("BillingPeriod", "Monthly"));
    }

    private static Map<String, MigrationEvent> byRow(List<Envelope<MigrationEvent>> events) {
        Map<String, MigrationEvent> byRow = new LinkedHashMap<>();
        events.stream().filter(event -> event.payload() instanceof RecordHeld || event.payload() instanceof RecordTransformed)
                .forEach(event -> byRow.put(event.sourceRow().file() + ":" + event.sourceRow().line(), event.payload()));
        return byRow;
    }

    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static Envelope<AteraRow> workHour(String runId, String id, long line, String start, String end, String billable) {
        return RawRows.row(runId, ObjectType.WORK_HOUR, id, line, "WorkHoursID", id, "TicketID", "5001", "StartWorkHour", start,
                "EndWorkHour", end, "Billiable", billable);
    }

    private static Envelope<AteraRow> contract(String runId, String id, long line, String name, String start) {
        return RawRows.row(runId, ObjectType.CONTRACT, id, line, "ContractID", id, "CustomerID", "1001", "ContractName", name,
                "ContractType", "Retainer", "StartDate", start, "EndDate", "2026-12-31", "Rate", "100", "BillingPeriod", "Monthly",
                "SLAID", "71", "Active", "true");
    }
}
