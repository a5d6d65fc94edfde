package io.github.ateraintercom.transformer.customdata;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.event.RecordHeld;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.CustomDataCommand;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real broker and database: once a run's extraction has ended, its custom values (of every
 * field type), tags and contracts join their company, contact or conversation as typed attributes
 * and tags; what belongs to no record of the export is rejected, what has no Intercom object is held.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class CustomDataBecomesTypedAttributesAndTagsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void customValuesOfEveryTypeTagsAndTheCurrentContractJoinTheirRecords() {
        String runId = UUID.randomUUID().toString();
        TopicWriter.control(new RunStarted(runId, "/exports/acme", "UTC", "http://localhost:1", "INTERCOM_TOKEN"));
        List<Envelope<AteraRow>> rows = new ArrayList<>();
        rows.add(RawRows.row(runId, ObjectType.CUSTOMER, "1001", 2, "CustomerID", "1001", "CustomerName", "Northwind"));
        rows.add(RawRows.row(runId, ObjectType.CONTACT, "2001", 2, "EndUserID", "2001", "Email", "grace@northwind.example"));
        rows.add(RawRows.row(runId, ObjectType.TICKET, "5001", 2, "TicketID", "5001", "TicketTitle", "Printer", "EndUserID", "2001",
                "TicketCreatedDate", "2025-01-02T09:00:00Z", "FirstComment", "Offline", "Tags", "printer"));
        field(rows, runId, 2, "Customer", "Tier", "Dropdown", "Gold|Silver");
        field(rows, runId, 3, "Customer", "Seats", "Number", null);
        field(rows, runId, 4, "Customer", "Renewal", "Date", null);
        field(rows, runId, 5, "Customer", "Managed", "Checkbox", null);
        field(rows, runId, 6, "Contact", "Languages", "MultiSelect", "English|French|German");
        field(rows, runId, 7, "Contact", "Start", "Date", null);
        field(rows, runId, 8, "Ticket", "Severity Score", "Number", null);
        field(rows, runId, 9, "Technician", "Shoe", "Text", null);
        value(rows, runId, 2, "Customer", "1001", "Tier", "gold");
        value(rows, runId, 3, "Customer", "1001", "Seats", "12");
        value(rows, runId, 4, "Customer", "1001", "Renewal", "2026-01-01");
        value(rows, runId, 5, "Customer", "1001", "Managed", "yes");
        value(rows, runId, 6, "Contact", "2001", "Languages", "French|English");
        value(rows, runId, 7, "Ticket", "5001", "Severity Score", "2.5");
        value(rows, runId, 8, "Customer", "1001", "Notes Extra", "hello");
        value(rows, runId, 9, "Customer", "1099", "Tier", "Gold");
        value(rows, runId, 10, "Contact", "2001", "Start", "not-a-date");
        value(rows, runId, 11, "Technician", "301", "Shoe", "42");
        tag(rows, runId, 2, "Customer", "1001", "VIP");
        tag(rows, runId, 3, "Contact", "2001", "Decision maker");
        tag(rows, runId, 4, "Ticket", "5001", "Printer");
        tag(rows, runId, 5, "Ticket", "5001", "urgent");
        tag(rows, runId, 6, "Customer", "1099", "VIP");
        contract(rows, runId, 2, "801", "1001", "Old support", "2023-01-01", "2023-12-31", "100");
        contract(rows, runId, 3, "802", "1001", "Managed services", "2024-01-01", "2026-12-31", "2400.00");
        contract(rows, runId, 4, "803", "1099", "Nobody's", "2024-01-01", "", "1");
        rows.add(RawRows.row(runId, ObjectType.SLA_POLICY, "71/High", 2, "SLAID", "71", "Name", "Gold SLA", "Priority", "High"));
        TopicWriter.extraction(runId, rows);

        List<CustomDataCommand> commands = TopicReader.read(Topics.INTERCOM_CUSTOM_DATA, new EnvelopeSerde<>(CustomDataCommand.class),
                runId, 2, WAIT).stream().map(Envelope::payload).toList();
        assertThat(commands).hasSize(2);
        CustomDataCommand company = commands.stream().filter(c -> c.target() == CustomDataCommand.Target.COMPANY).findFirst().orElseThrow();
        assertThat(company.ateraId()).isEqualTo("1001");
        assertThat(company.attributes()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("tier", "Gold"), Map.entry("seats", 12), Map.entry("renewal", 1767225600), Map.entry("managed", true),
                Map.entry("notes_extra", "hello"), Map.entry("contract_name", "Managed services"), Map.entry("contract_type", "Retainer"),
                Map.entry("contract_rate", 2400.0), Map.entry("contract_billing_period", "Monthly"), Map.entry("contract_sla", "Gold SLA"),
                Map.entry("contract_start", 1704067200), Map.entry("contract_end", 1798675200)));
        assertThat(company.attributeSpecs()).contains(new AttributeSpec("tier", AttributeType.LIST, List.of("Gold", "Silver"), null),
                new AttributeSpec("seats", AttributeType.INTEGER, List.of(), null),
                new AttributeSpec("renewal", AttributeType.DATE, List.of(), null),
                new AttributeSpec("managed", AttributeType.BOOLEAN, List.of(), null),
                AttributeSpec.text("notes_extra"));
        assertThat(company.attributeSpecs()).filteredOn(spec -> spec.name().equals("contract_rate"))
                .extracting(AttributeSpec::type).containsExactly(AttributeType.FLOAT);
        assertThat(company.tags()).containsExactly("VIP");
        assertThat(company.carried()).extracting(ref -> ref.sourceRow().file() + ":" + ref.sourceRow().line()).containsExactlyInAnyOrder(
                "custom_values.csv:2", "custom_values.csv:3", "custom_values.csv:4", "custom_values.csv:5", "custom_values.csv:8",
                "tags.csv:2", "contracts.csv:3");
        CustomDataCommand contact = commands.stream().filter(c -> c.target() == CustomDataCommand.Target.CONTACT).findFirst().orElseThrow();
        assertThat(contact.ateraId()).isEqualTo("2001");
        assertThat(contact.attributes()).isEqualTo(Map.of("languages", "English, French"));
        assertThat(contact.attributeSpecs()).containsExactly(
                new AttributeSpec("languages", AttributeType.STRING, List.of("English", "French", "German"), null));
        assertThat(contact.tags()).containsExactly("Decision maker");

        ConversationCommand conversation = TopicReader.read(Topics.INTERCOM_CONVERSATIONS, new EnvelopeSerde<>(ConversationCommand.class),
                runId, 1, WAIT).get(0).payload();
        assertThat(conversation.attributes()).containsEntry("severity_score", 2.5);
        assertThat(conversation.attributeSpecs()).as("the custom value's spec beside the default map's").containsExactlyInAnyOrder(
                new AttributeSpec("severity_score", AttributeType.FLOAT, List.of(), null),
                new AttributeSpec("atera_ticket_number", AttributeType.STRING, List.of(), "Atera tickets.csv TicketNumber"),
                new AttributeSpec("billable_hours", AttributeType.FLOAT, List.of(), "Atera work_hours.csv StartWorkHour"));
        assertThat(conversation.tags()).as("merged with the ticket's own, once each").containsExactly("printer", "urgent");
        assertThat(conversation.carried()).extracting(SourceRef::sourceRow).contains(new SourceRow("custom_values.csv", 7),
                new SourceRow("tags.csv", 4), new SourceRow("tags.csv", 5));

        List<Envelope<Reject>> rejects = TopicReader.read(Topics.REJECTS, new EnvelopeSerde<>(Reject.class), runId, 4, WAIT);
        assertThat(rejects).extracting(reject -> reject.payload().rule() + " " + reject.sourceRow().file() + ":"
                + reject.sourceRow().line() + " " + reject.payload().column()).containsExactlyInAnyOrder(
                "unknown-record custom_values.csv:9 ObjectID", "invalid-date custom_values.csv:10 Value",
                "unknown-record tags.csv:6 ObjectID", "unknown-record contracts.csv:4 CustomerID");
        assertThat(rejects).extracting(reject -> reject.payload().message())
                .contains("custom_values.csv line 9 column ObjectID: customer 1099 is not in the export")
                .anySatisfy(message -> assertThat(message).startsWith("custom_values.csv line 10 column Value: custom field Start (date): "));

        assertThat(held(runId, 11)).containsExactlyInAnyOrder(
                "contracts.csv:2 ContractID 802 is the customer's current contract (active, latest StartDate): only that one is written",
                "custom_values.csv:11 custom values of Technician records have no Intercom object to land on",
                "sla_policies.csv:2 " + CustomDataIntake.SLA_POLICY_HELD,
                "custom_fields.csv:2 " + CustomDataIntake.DEFINITION_HELD, "custom_fields.csv:3 " + CustomDataIntake.DEFINITION_HELD,
                "custom_fields.csv:4 " + CustomDataIntake.DEFINITION_HELD, "custom_fields.csv:5 " + CustomDataIntake.DEFINITION_HELD,
                "custom_fields.csv:6 " + CustomDataIntake.DEFINITION_HELD, "custom_fields.csv:7 " + CustomDataIntake.DEFINITION_HELD,
                "custom_fields.csv:8 " + CustomDataIntake.DEFINITION_HELD, "custom_fields.csv:9 " + CustomDataIntake.DEFINITION_HELD);
    }

    @Test
    void everyContractIsLeftToTheHandOffDocumentWhenTheRunChoseIt() {
        String runId = UUID.randomUUID().toString();
        TopicWriter.control(new RunStarted(runId, "/exports/acme", "UTC", "http://localhost:1", "INTERCOM_TOKEN", SourceKind.EXPORT_DIRECTORY,
                null, null, null, null, new MappingChoices(1, Map.of(), null, MappingChoices.HANDOFF, null, null)));
        List<Envelope<AteraRow>> rows = new ArrayList<>();
        rows.add(RawRows.row(runId, ObjectType.CUSTOMER, "1001", 2, "CustomerID", "1001", "CustomerName", "Northwind"));
        contract(rows, runId, 2, "801", "1001", "Old support", "2023-01-01", "2023-12-31", "100");
        contract(rows, runId, 3, "802", "1001", "Managed services", "2024-01-01", "2026-12-31", "2400.00");
        tag(rows, runId, 2, "Customer", "1001", "VIP");
        TopicWriter.extraction(runId, rows);

        assertThat(held(runId, 2)).containsExactlyInAnyOrder("contracts.csv:2 " + ContractAttributes.HANDED_OFF,
                "contracts.csv:3 " + ContractAttributes.HANDED_OFF);
        List<CustomDataCommand> commands = TopicReader.read(Topics.INTERCOM_CUSTOM_DATA, new EnvelopeSerde<>(CustomDataCommand.class),
                runId, 1, WAIT).stream().map(Envelope::payload).toList();
        assertThat(commands).singleElement().satisfies(command -> {
            assertThat(command.attributes()).as("no contract attributes").isEmpty();
            assertThat(command.tags()).containsExactly("VIP");
        });
    }

    private static List<String> held(String runId, int expected) {
        return TopicReader.recordEvents(runId, expected, WAIT).stream()
                .filter(event -> event.payload() instanceof RecordHeld)
                .map(event -> event.sourceRow().file() + ":" + event.sourceRow().line() + " " + ((RecordHeld) event.payload()).reason())
                .toList();
    }

    private static void field(List<Envelope<AteraRow>> rows, String runId, long line, String object, String name, String type, String options) {
        rows.add(RawRows.row(runId, ObjectType.CUSTOM_FIELD, object + "/" + name, line, "ObjectType", object, "FieldName", name,
                "FieldType", type, "Options", options == null ? "" : options));
    }

    private static void value(List<Envelope<AteraRow>> rows, String runId, long line, String object, String id, String field, String value) {
        rows.add(RawRows.row(runId, ObjectType.CUSTOM_VALUE, object + "/" + id + "/" + field, line, "ObjectType", object, "ObjectID", id,
                "FieldName", field, "Value", value));
    }

    private static void tag(List<Envelope<AteraRow>> rows, String runId, long line, String object, String id, String tag) {
        rows.add(RawRows.row(runId, ObjectType.TAG, object + "/" + id + "/" + tag, line, "ObjectType", object, "ObjectID", id, "Tag", tag));
    }

    private static void contract(List<Envelope<AteraRow>> rows, String runId, long line, String id, String customer, String name,
                                 String start, String end, String rate) {
        rows.add(RawRows.row(runId, ObjectType.CONTRACT, id, line, "ContractID", id, "CustomerID", customer, "ContractName", name,
                "ContractType", "Retainer", "StartDate", start, "EndDate", end, "Rate", rate, "BillingPeriod", "Monthly", "SLAID", "71",
                "Active", "true"));
    }
}
