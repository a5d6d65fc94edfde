package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.extractor.source.TechnicianRoster;
import io.github.ateraintercom.extractor.api.AteraApiSimulator.KeyHeader;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.github.ateraintercom.extractor.api.AteraApiSimulator.customer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run whose source is Atera's API publishes the same records as an export would, on the same
 * topics, closes its list like a file, and fails clearly, without a key in sight, when its secret is missing.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class AteraApiExtractionPublishesEveryCustomerIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Set for the test profile in application.properties, as a deployment sets the secret. */
    private static final String KEY_SECRET = "ATERA_SIMULATOR_KEY";

    @Test
    void everyCustomerIsPublishedOrRejectedAndTheListClosesWithItsCounts() throws IOException {
        String key = ConfigProvider.getConfig().getValue(KEY_SECRET, String.class);
        try (AteraApiSimulator atera = AteraApiSimulator.start(key, KeyHeader.X_API_KEY, List.of(
                customer(31L, "Acme", "2025-01-01T00:00:00"), customer(32L, "Globex", "2025-01-01T00:00:00"),
                customer(33L, "Initech", "2025-01-01T00:00:00"), customer(31L, "Acme", "2025-02-01T00:00:00"),
                customer(34L, "Umbrella", "2025-01-01T00:00:00")), Duration.ZERO)) {
            atera.fail(2, 1, 503, null);
            String runId = UUID.randomUUID().toString();

            TopicWriter.control(ateraRun(runId, atera, KEY_SECRET));

            List<Envelope<AteraRow>> rows = TopicReader.read(Topics.ATERA_CUSTOMERS, new EnvelopeSerde<>(AteraRow.class), runId, 4, WAIT);
            assertThat(rows).extracting(Envelope::sourceId).containsExactlyInAnyOrder("31", "32", "33", "34");
            Envelope<AteraRow> acme = rows.stream().filter(row -> row.sourceId().equals("31")).findFirst().orElseThrow();
            assertThat(acme.sourceRow()).isEqualTo(new SourceRow("api:/customers", 1));
            assertThat(acme.payload().fields()).containsEntry("CustomerID", "31").containsEntry("CustomerName", "Acme")
                    .containsEntry("City", "Portland").containsEntry("LastModified", "2025-01-01T00:00:00")
                    .doesNotContainKeys("Logo", "Longitude", "Fax");

            List<Envelope<Reject>> rejects = TopicReader.read(Topics.REJECTS, new EnvelopeSerde<>(Reject.class), runId, 1, WAIT);
            assertThat(rejects).extracting(reject -> reject.payload().message()).containsExactly(
                    "api:/customers line 4 column CustomerID: duplicate CustomerID 31, already read at line 1");

            List<Envelope<MigrationEvent>> events = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class),
                    runId, 3, WAIT);
            assertThat(events).extracting(Envelope::payload).hasSize(3);
            FileExtracted list = (FileExtracted) events.get(0).payload();
            assertThat(list.file()).isEqualTo("api:/customers");
            assertThat(list.rowsRead()).isEqualTo(5);
            assertThat(list.rowsPublished()).isEqualTo(4);
            assertThat(list.rowsRejected()).isEqualTo(1);
            assertThat(list.checksum()).hasSize(64);
            assertThat(events.get(2).payload()).isEqualTo(new ExtractionFinished(List.of("api:/customers",
                    TechnicianRoster.DERIVED_SOURCE), Map.of(), null));
            assertThat(atera.requests()).as("three pages, the second tried twice").isEqualTo(4);
        }
    }

    @Test
    void missingSecretFailsTheExtractionNamingTheSecretButNoKey() throws IOException {
        String key = ConfigProvider.getConfig().getValue(KEY_SECRET, String.class);
        try (AteraApiSimulator atera = AteraApiSimulator.start(key, KeyHeader.X_API_KEY, List.of(), Duration.ZERO)) {
            String runId = UUID.randomUUID().toString();

            TopicWriter.control(ateraRun(runId, atera, "ATERA_KEY_NEVER_SET"));

            List<Envelope<MigrationEvent>> events = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class),
                    runId, 1, WAIT);
            assertThat(events).extracting(Envelope::payload).containsExactly(new ExtractionFinished(List.of(), Map.of(),
                    "secret 'ATERA_KEY_NEVER_SET' is not set in the extractor's environment: it must hold the Atera API key"));
            assertThat(atera.requests()).as("nothing is asked of Atera without a key").isZero();
        }
    }

    private static RunStarted ateraRun(String runId, AteraApiSimulator atera, String keySecret) {
        return new RunStarted(runId, null, "UTC", "http://localhost:1", "INTERCOM_TOKEN",
                SourceKind.ATERA_API, atera.baseUrl().toString(), keySecret, null);
    }
}
