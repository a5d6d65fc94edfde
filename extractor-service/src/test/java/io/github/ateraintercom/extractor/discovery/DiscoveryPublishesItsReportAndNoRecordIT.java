package io.github.ateraintercom.extractor.discovery;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.DiscoveryRequested;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.event.SourceDiscovered;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A discovery order through the real broker: the report arrives on migration.events, and no record or reject is published. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class DiscoveryPublishesItsReportAndNoRecordIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void reportArrivesAndNothingIsExtracted() throws URISyntaxException {
        Path export = Path.of(getClass().getResource("/discovery-export").toURI());
        String runId = UUID.randomUUID().toString();

        TopicWriter.control(new DiscoveryRequested(runId, export.toString(), "UTC"));

        List<Envelope<MigrationEvent>> events = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class),
                runId, 1, WAIT);
        assertThat(events).extracting(Envelope::payload).singleElement().isInstanceOfSatisfying(SourceDiscovered.class, found -> {
            assertThat(found.failure()).isNull();
            assertThat(found.report().files()).hasSize(5);
            assertThat(found.report().contactsWithoutEmail()).isEqualTo(2);
        });
        assertThat(TopicReader.read(Topics.ATERA_CUSTOMERS, new EnvelopeSerde<>(AteraRow.class), runId, 0, Duration.ofSeconds(1))).isEmpty();
        assertThat(TopicReader.read(Topics.REJECTS, new EnvelopeSerde<>(Reject.class), runId, 0, Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void directoryThatDoesNotExistIsAFailedDiscoveryWithItsReason() {
        String runId = UUID.randomUUID().toString();

        TopicWriter.control(new DiscoveryRequested(runId, "/no/such/export", "UTC"));

        List<Envelope<MigrationEvent>> events = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class),
                runId, 1, WAIT);
        assertThat(events).extracting(Envelope::payload)
                .containsExactly(new SourceDiscovered(null, "/no/such/export is not a directory"));
    }
}
