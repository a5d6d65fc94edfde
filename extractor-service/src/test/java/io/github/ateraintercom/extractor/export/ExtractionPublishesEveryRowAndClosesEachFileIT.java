package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.outcome.Reject;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A run's control message makes the extractor publish every row, reject the bad ones and close the file. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class ExtractionPublishesEveryRowAndClosesEachFileIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void everyRowIsPublishedOrRejectedAndTheFileClosesWithItsCounts() throws IOException {
        Path export = Files.createTempDirectory("export");
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

        List<Envelope<MigrationEvent>> events = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class),
                runId, 2, WAIT);
        assertThat(events).extracting(Envelope::payload).hasSize(2);
        FileExtracted file = (FileExtracted) events.get(0).payload();
        assertThat(file.file()).isEqualTo("customers.csv");
        assertThat(file.rowsRead()).isEqualTo(4);
        assertThat(file.rowsPublished()).isEqualTo(2);
        assertThat(file.rowsRejected()).isEqualTo(2);
        assertThat(file.checksum()).hasSize(64);
        assertThat(events.get(1).payload()).isEqualTo(new ExtractionFinished(List.of("customers.csv"), null));
    }

    @Test
    void fileThatTurnsOutUnreadableHalfWayPublishesNothing() throws IOException {
        Path export = Files.createTempDirectory("broken-export");
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
                new ExtractionFinished(List.of(), "customers.csv is missing from " + export));
    }
}
