package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.extractor.source.TechnicianRoster;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** A run's control message makes the extractor publish every row, reject the bad ones and close the file. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class ExtractionPublishesEveryRowAndClosesEachFileIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void everyRowIsPublishedOrRejectedAndTheFileClosesWithItsCounts() throws IOException {
        Path export = minimalExport();
        Files.writeString(export.resolve("customers.csv"), """
                CustomerID,CustomerName,City
                11,Acme,Paris
                12,Globex,Lyon
                11,Acme again,Nice
                ,No id,Lille
                """);
        String runId = UUID.randomUUID().toString();

        TopicWriter.control(new RunStarted(runId, export.toString(), "UTC", "http://localhost:1", "INTERCOM_TOKEN"));

        List<Envelope<AteraRow>> rows = TopicReader.read(Topics.ATERA_CUSTOMERS, new EnvelopeSerde<>(AteraRow.class), runId, 2, WAIT);
        assertThat(rows).extracting(Envelope::sourceId).containsExactlyInAnyOrder("11", "12");
        Envelope<AteraRow> acme = rows.stream().filter(row -> row.sourceId().equals("11")).findFirst().orElseThrow();
        assertThat(acme.sourceRow()).isEqualTo(new SourceRow("customers.csv", 2));
        assertThat(acme.payload().fields()).containsEntry("CustomerName", "Acme").containsEntry("City", "Paris");

        List<Envelope<Reject>> rejects = TopicReader.read(Topics.REJECTS, new EnvelopeSerde<>(Reject.class), runId, 2, WAIT);
        assertThat(rejects).extracting(reject -> reject.payload().rule()).containsExactlyInAnyOrder("duplicate-key", "missing-key");
        assertThat(rejects).extracting(reject -> reject.payload().message()).containsExactlyInAnyOrder(
                "customers.csv line 4 column CustomerID: duplicate CustomerID 11, already read at line 2",
                "customers.csv line 5 column CustomerID: CustomerID is empty");

        List<MigrationEvent> events = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class),
                runId, 5, WAIT).stream().map(Envelope::payload).toList();
        FileExtracted file = (FileExtracted) events.get(0);
        assertThat(file.file()).isEqualTo("customers.csv");
        assertThat(file.rowsRead()).isEqualTo(4);
        assertThat(file.rowsPublished()).isEqualTo(2);
        assertThat(file.rowsRejected()).isEqualTo(2);
        assertThat(file.checksum()).hasSize(64);
        assertThat(events).last().isEqualTo(new ExtractionFinished(List.of("customers.csv", "contacts.csv", "tickets.csv",
                TechnicianRoster.DERIVED_SOURCE), Map.of(), null));
    }

    @Test
    void everyObjectGoesToItsTopicKeyedSoATicketsHistoryStaysOnOnePartition() throws IOException {
        Path export = minimalExport();
        Files.writeString(export.resolve("contacts.csv"), """
                EndUserID,CustomerID,Firstname,Lastname,Email
                501,11,Ann,Lee,ann@acme.example
                """);
        Files.writeString(export.resolve("tickets.csv"), """
                TicketID,TicketTitle,TicketStatus,EndUserID,CustomerID,TechnicianContactID,TechnicianFullName,TechnicianEmail,Tags
                42,Printer down,Open,501,11,7,Tom Tech,tom@msp.example,printer;urgent
                43,VPN,Closed,501,11,,,,
                """);
        Files.writeString(export.resolve("ticket_comments.csv"), """
                TicketID,Date,Comment,EndUserID,TechnicianContactID,Email,FirstName,LastName,IsInternal
                42,2024-03-01T09:00:00Z,It is down,501,,ann@acme.example,Ann,Lee,false
                42,2024-03-01T09:30:00Z,Looking,,8,kim@msp.example,Kim,Keys,true
                43,2024-03-02T10:00:00Z,VPN fails,501,,ann@acme.example,Ann,Lee,false
                """);
        Files.writeString(export.resolve("work_hours.csv"), """
                WorkHoursID,TicketID,StartWorkHour,EndWorkHour,TechnicianContactID,TechnicianFullName,Billiable
                9001,42,2024-03-01T09:30:00Z,2024-03-01T10:00:00Z,9,Lou Late,true
                """);
        Files.writeString(export.resolve("contracts.csv"), "ContractID,CustomerID,ContractName\n77,11,Gold\n");
        Files.writeString(export.resolve("agents.csv"), "AgentID,MachineName\n1,pc-1\n2,pc-2\n3,pc-3\n");
        Files.writeString(export.resolve("alerts.csv"), "AlertID,Title\n1,Disk full\n");
        String runId = UUID.randomUUID().toString();

        TopicWriter.control(new RunStarted(runId, export.toString(), "UTC", "http://localhost:1", "INTERCOM_TOKEN"));

        List<MigrationEvent> events = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class),
                runId, 8, WAIT).stream().map(Envelope::payload).toList();
        assertThat(events).last().isEqualTo(new ExtractionFinished(List.of("customers.csv", "contacts.csv", "tickets.csv",
                "ticket_comments.csv", "work_hours.csv", TechnicianRoster.DERIVED_SOURCE, "contracts.csv"),
                Map.of("agents.csv", 3L, "alerts.csv", 1L), null));
        assertThat(keys(ObjectType.TICKET, runId, 2)).containsOnly(entry("42", "42"), entry("43", "43"));
        Map<String, String> comments = keys(ObjectType.TICKET_COMMENT, runId, 3);
        assertThat(comments).hasSize(3);
        comments.forEach((sourceId, key) -> assertThat(sourceId).as("keyed by its ticket").startsWith(key + "/"));
        assertThat(keys(ObjectType.WORK_HOUR, runId, 1)).containsOnly(entry("9001", "42"));
        assertThat(keys(ObjectType.CONTRACT, runId, 1)).containsOnly(entry("77", "77"));

        List<Envelope<AteraRow>> technicians = TopicReader.read(ObjectType.TECHNICIAN.topic(), new EnvelopeSerde<>(AteraRow.class),
                runId, 3, WAIT).stream().sorted(Comparator.comparingLong(row -> row.sourceRow().line())).toList();
        assertThat(technicians).extracting(row -> row.payload().fields()).containsExactly(
                Map.of("TechnicianContactID", "7", "Firstname", "Tom", "Lastname", "Tech", "Email", "tom@msp.example"),
                Map.of("TechnicianContactID", "8", "Firstname", "Kim", "Lastname", "Keys", "Email", "kim@msp.example"),
                Map.of("TechnicianContactID", "9", "Firstname", "Lou", "Lastname", "Late", "Email", ""));
        assertThat(technicians).extracting(Envelope::sourceRow).containsExactly(new SourceRow(TechnicianRoster.DERIVED_SOURCE, 1),
                new SourceRow(TechnicianRoster.DERIVED_SOURCE, 2), new SourceRow(TechnicianRoster.DERIVED_SOURCE, 3));
    }

    @Test
    void extractingARunAgainRepublishesTheSameRecordsUnderTheSameKeys() throws IOException {
        Path export = minimalExport();
        Files.writeString(export.resolve("ticket_comments.csv"), """
                TicketID,Date,Comment,EndUserID
                42,2024-03-01T09:00:00Z,It is down,501
                42,2024-03-01T09:05:00Z,Still down,501
                """);
        String runId = UUID.randomUUID().toString();
        RunStarted run = new RunStarted(runId, export.toString(), "UTC", "http://localhost:1", "INTERCOM_TOKEN");

        // a restart redelivers the run's start: the whole extraction is done again
        TopicWriter.control(run);
        TopicWriter.control(run);

        List<TopicReader.Keyed<AteraRow>> comments = TopicReader.readKeyed(ObjectType.TICKET_COMMENT.topic(),
                new EnvelopeSerde<>(AteraRow.class), runId, 4, WAIT);
        assertThat(comments).hasSize(4);
        assertThat(comments.stream().map(keyed -> keyed.key() + " " + keyed.envelope().sourceId() + " " + keyed.envelope().sourceRow())
                .distinct()).as("each comment twice, identical both times").hasSize(2);
        List<FileExtracted> files = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class), runId, 10, WAIT)
                .stream().map(Envelope::payload).filter(FileExtracted.class::isInstance).map(FileExtracted.class::cast)
                .filter(file -> file.file().equals("ticket_comments.csv")).toList();
        assertThat(files).hasSize(2).allSatisfy(file -> assertThat(file).isEqualTo(files.get(0)));
    }

    /** The three files every export must have; tests overwrite the ones they are about. */
    private static Path minimalExport() throws IOException {
        Path export = Files.createTempDirectory("export");
        Files.writeString(export.resolve("customers.csv"), "CustomerID,CustomerName\n11,Acme\n");
        Files.writeString(export.resolve("contacts.csv"), "EndUserID,CustomerID,Email\n");
        Files.writeString(export.resolve("tickets.csv"), "TicketID,TicketTitle\n");
        return export;
    }

    /** Source id → Kafka key of the run's records of one object. */
    private static Map<String, String> keys(ObjectType type, String runId, int expected) {
        return TopicReader.readKeyed(type.topic(), new EnvelopeSerde<>(AteraRow.class), runId, expected, WAIT).stream()
                .collect(Collectors.toMap(keyed -> keyed.envelope().sourceId(), TopicReader.Keyed::key));
    }

    @Test
    void fileThatTurnsOutUnreadableHalfWayPublishesNothing() throws IOException {
        Path export = minimalExport();
        Files.writeString(export.resolve("customers.csv"), "CustomerID,CustomerName\n21,Acme\n22,Globex\n23,\"Never closed\n24,Initech\n");
        String runId = UUID.randomUUID().toString();

        TopicWriter.control(new RunStarted(runId, export.toString(), "UTC", "http://localhost:1", "INTERCOM_TOKEN"));

        List<Envelope<MigrationEvent>> events = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class),
                runId, 1, WAIT);
        assertThat(events).extracting(Envelope::payload).singleElement().isInstanceOfSatisfying(ExtractionFinished.class,
                finished -> assertThat(finished.failure()).startsWith("customers.csv line 4:"));
        assertThat(TopicReader.read(Topics.ATERA_CUSTOMERS, new EnvelopeSerde<>(AteraRow.class), runId, 0, Duration.ofSeconds(1)))
                .as("rows read before the fatal error stay invisible").isEmpty();
    }

    @Test
    void missingRequiredFileFailsTheExtractionWithAClearMessage() throws IOException {
        Path export = Files.createTempDirectory("empty-export");
        String runId = UUID.randomUUID().toString();

        TopicWriter.control(new RunStarted(runId, export.toString(), "UTC", "http://localhost:1", "INTERCOM_TOKEN"));

        List<Envelope<MigrationEvent>> events = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class),
                runId, 1, WAIT);
        assertThat(events).extracting(Envelope::payload).containsExactly(
                new ExtractionFinished(List.of(), Map.of(), "customers.csv is missing from " + export));
    }
}
