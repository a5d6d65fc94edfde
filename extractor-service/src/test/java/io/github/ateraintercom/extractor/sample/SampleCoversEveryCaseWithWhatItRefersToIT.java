package io.github.ateraintercom.extractor.sample;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.event.SampleChosen;
import io.github.ateraintercom.common.event.SampleChosen.SampleCase;
import io.github.ateraintercom.common.event.SampleChosen.SampleObject;
import io.github.ateraintercom.common.topics.Topics;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A sample run publishes a few records of each object, covering the cases that break migrations, with all they refer to. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class SampleCoversEveryCaseWithWhatItRefersToIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SAMPLE_EXPORT = Path.of("../samples/atera-export").toAbsolutePath().normalize();

    @Test
    void sampleOfTheSampleExportCoversEveryCaseKeepsItsReferencesAndBalances() {
        String runId = sample(SAMPLE_EXPORT, 5);

        // the sample, 14 files (the technicians derived) and the end
        List<MigrationEvent> events = events(runId, 16);
        SampleChosen chosen = (SampleChosen) events.get(0);
        assertThat(chosen.size()).isEqualTo(5);
        assertThat(chosen.cases()).as("every case the export has is in the sample").allSatisfy(
                sampleCase -> assertThat(sampleCase.records()).as(sampleCase.description()).isNotEmpty());
        assertThat(chosen.cases()).extracting(SampleCase::description).contains("ticket with status 'Open'", "ticket with status 'Pending'",
                "ticket with status 'Closed'", "ticket with status 'Resolved'", "ticket with status 'Waiting customer'",
                ExportSampler.UNASSIGNED, ExportSampler.INTERNAL_NOTE, ExportSampler.ATTACHMENT, ExportSampler.FROM_CONTACT,
                ExportSampler.FROM_TECHNICIAN, "ticket with a value of a Checkbox custom field", ExportSampler.WITH_EMAIL,
                ExportSampler.WITHOUT_EMAIL, "contact with a value of a MultiSelect custom field", ExportSampler.WITH_VALUES,
                ExportSampler.WITHOUT_VALUES, "customer with a value of a Dropdown custom field", "customer with a value of a Number custom field");

        Map<String, List<Map<String, String>>> published = Map.of(
                "tickets", records(ObjectType.TICKET, runId), "comments", records(ObjectType.TICKET_COMMENT, runId),
                "contacts", records(ObjectType.CONTACT, runId), "customers", records(ObjectType.CUSTOMER, runId),
                "values", records(ObjectType.CUSTOM_VALUE, runId), "tags", records(ObjectType.TAG, runId),
                "hours", records(ObjectType.WORK_HOUR, runId));
        Set<String> tickets = ids(published.get("tickets"), "TicketID");
        assertThat(tickets).as("one ticket of each of the five statuses").hasSize(5).contains("5001").doesNotContain("5005");
        Set<String> contacts = ids(published.get("contacts"), "EndUserID");
        Set<String> customers = ids(published.get("customers"), "CustomerID");
        assertThat(ids(published.get("comments"), "TicketID")).isSubsetOf(tickets);
        assertThat(ids(published.get("hours"), "TicketID")).isSubsetOf(tickets);
        assertThat(published.get("comments")).as("every comment of the sample's tickets").hasSize(10);
        assertThat(ids(published.get("tickets"), "EndUserID")).isSubsetOf(contacts);
        assertThat(ids(published.get("comments"), "EndUserID")).isSubsetOf(contacts);
        assertThat(ids(published.get("tickets"), "CustomerID")).isSubsetOf(customers);
        assertThat(ids(published.get("contacts"), "CustomerID")).isSubsetOf(customers);
        assertThat(contacts).doesNotContain("2007");
        assertThat(customers).doesNotContain("1008");
        for (String kind : List.of("values", "tags")) {
            assertThat(published.get(kind)).as(kind + " of the sample's records only").isNotEmpty().allSatisfy(row -> assertThat(
                    Map.of("customer", customers, "contact", contacts, "ticket", tickets).get(row.get("ObjectType").toLowerCase())).as(kind)
                    .contains(row.get("ObjectID")));
        }

        Map<String, Long> sampled = chosen.objects().stream().collect(Collectors.toMap(SampleObject::file, SampleObject::rowsInSample));
        List<FileExtracted> files = events.stream().filter(FileExtracted.class::isInstance).map(FileExtracted.class::cast).toList();
        assertThat(files).isNotEmpty().allSatisfy(file -> {
            assertThat(file.rowsRead()).as(file.file() + " balances").isEqualTo(file.rowsPublished() + file.rowsRejected());
            if (sampled.containsKey(file.file())) {
                assertThat(file.rowsRead()).as(file.file() + " counts the sample's rows").isEqualTo(sampled.get(file.file()));
            }
        });
        assertThat(chosen.objects()).filteredOn(object -> object.file().equals("tickets.csv")).singleElement()
                .satisfies(object -> assertThat(object.rowsInExport()).isEqualTo(6));
        assertThat(events).last().isInstanceOfSatisfying(ExtractionFinished.class, finished -> {
            assertThat(finished.failure()).isNull();
            assertThat(finished.excluded()).containsEntry("agents.csv", 4L).containsEntry("alerts.csv", 2L);
        });
    }

    @Test
    void caseTheExportHasNoRecordForIsReportedAsSuch() throws IOException {
        Path export = Files.createTempDirectory("export");
        Files.writeString(export.resolve("customers.csv"), "CustomerID,CustomerName\n11,Acme\n12,Globex\n");
        Files.writeString(export.resolve("contacts.csv"), "EndUserID,CustomerID,Email\n501,11,ann@acme.example\n");
        Files.writeString(export.resolve("tickets.csv"), "TicketID,TicketTitle,TicketStatus,EndUserID,CustomerID\n42,Down,Open,501,11\n");
        Files.writeString(export.resolve("ticket_comments.csv"), """
                TicketID,Date,Comment,EndUserID,IsInternal
                42,2024-03-01T09:00:00Z,It is down,501,false
                """);
        String runId = sample(export, 25);

        // the sample, the three files, the comments, the derived technicians and the end
        SampleChosen chosen = (SampleChosen) events(runId, 7).get(0);

        assertThat(chosen.cases()).filteredOn(sampleCase -> !sampleCase.inSource()).extracting(SampleCase::description)
                .containsExactlyInAnyOrder(ExportSampler.ATTACHMENT, ExportSampler.INTERNAL_NOTE, ExportSampler.FROM_TECHNICIAN,
                        ExportSampler.WITHOUT_EMAIL, ExportSampler.WITH_VALUES);
        assertThat(chosen.cases()).filteredOn(SampleCase::inSource).allSatisfy(sampleCase -> assertThat(sampleCase.covered()).isTrue());
        assertThat(chosen.objects()).filteredOn(object -> object.file().equals("customers.csv")).singleElement()
                .satisfies(object -> assertThat(object.rowsInSample()).as("filled up to the size").isEqualTo(2));
    }

    @Test
    void sampleOfAteraApiIsRefusedWithTheReason() {
        String runId = UUID.randomUUID().toString();
        TopicWriter.control(new RunStarted(runId, null, "UTC", "http://localhost:1", "INTERCOM_TOKEN", SourceKind.ATERA_API,
                "http://localhost:1/api/v3", "ATERA_API_KEY", null, null, null, 3, List.of(), false));

        assertThat(events(runId, 1)).last().isInstanceOfSatisfying(ExtractionFinished.class,
                finished -> assertThat(finished.failure()).startsWith("a sample is chosen from an export directory"));
    }

    private static String sample(Path export, int size) {
        String runId = UUID.randomUUID().toString();
        TopicWriter.control(new RunStarted(runId, export.toString(), "UTC", "http://localhost:1", "INTERCOM_TOKEN",
                SourceKind.EXPORT_DIRECTORY, null, null, null, null, null, size, List.of(), false));
        return runId;
    }

    /** The run's {@code expected} events, its end last. */
    private static List<MigrationEvent> events(String runId, int expected) {
        List<MigrationEvent> events = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class), runId,
                expected, WAIT).stream().map(Envelope::payload).toList();
        assertThat(events).hasSize(expected);
        assertThat(events).last().isInstanceOf(ExtractionFinished.class);
        return events;
    }

    private static List<Map<String, String>> records(ObjectType type, String runId) {
        return TopicReader.read(type.topic(), new EnvelopeSerde<>(AteraRow.class), runId, 0, Duration.ofSeconds(2)).stream()
                .map(row -> row.payload().fields()).toList();
    }

    private static Set<String> ids(List<Map<String, String>> rows, String column) {
        return rows.stream().map(row -> row.getOrDefault(column, "")).filter(value -> !value.isBlank()).collect(Collectors.toSet());
    }
}
