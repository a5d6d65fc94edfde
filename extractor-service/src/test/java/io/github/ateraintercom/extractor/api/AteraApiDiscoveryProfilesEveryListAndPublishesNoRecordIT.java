package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.DiscoveryRequested;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.discovery.DiscoveryReport.FileProfile;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.event.SourceDiscovered;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
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

import static io.github.ateraintercom.extractor.api.AteraApiSimulator.comment;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.contact;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.customField;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.customer;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A discovery of Atera's API reads every list as the run would and reports it under the export file
 * it stands for, so the mapping proposal of an API run is made as an export's is; nothing is published.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class AteraApiDiscoveryProfilesEveryListAndPublishesNoRecordIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Set for the test profile in application.properties, as a deployment sets the secret. */
    private static final String KEY_SECRET = "ATERA_SIMULATOR_KEY";

    @Test
    void reportCountsEveryItemProfilesItsColumnsAndCountsTheRmmLists() throws IOException {
        String key = ConfigProvider.getConfig().getValue(KEY_SECRET, String.class);
        try (AteraApiSimulator atera = AteraApiSimulator.start(key, KeyHeader.X_API_KEY, List.of(
                customer(31L, "Acme", "2025-01-01T00:00:00"), customer(32L, "Globex", "2025-01-01T00:00:00"),
                customer(31L, "Acme", "2025-02-01T00:00:00")), Duration.ZERO)) {
            atera.serve("/contacts", List.of(contact(501L, 31, "Ann", "Lee", "2025-01-01T00:00:00"),
                    contact(502L, 32, "Bob", "Ray", "2025-01-01T00:00:00")));
            atera.serve("/tickets", List.of(ticket(42L, "Printer down", 7L, "Tom Tech"), ticket(43L, "VPN", null, null)));
            atera.serve("/tickets/42/comments", List.of(comment("2024-03-01T09:00:00", "It is down", 501L, null, "Ann", false)));
            atera.serve("/customvalues/customfields", List.of(customField("Customer", "Tier", "Text")));
            atera.serve("/agents", List.of(Map.of("AgentID", 1), Map.of("AgentID", 2)));
            String runId = UUID.randomUUID().toString();

            TopicWriter.control(new DiscoveryRequested(runId, null, "UTC", SourceKind.ATERA_API, atera.baseUrl().toString(),
                    KEY_SECRET, null));

            List<Envelope<MigrationEvent>> events = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class),
                    runId, 1, WAIT);
            assertThat(events).singleElement().satisfies(event ->
                    assertThat(event.sourceRow()).isEqualTo(new SourceRow(atera.baseUrl().toString(), 0)));
            SourceDiscovered discovered = (SourceDiscovered) events.get(0).payload();
            assertThat(discovered.failure()).isNull();
            DiscoveryReport report = discovered.report();
            assertThat(report.source()).isEqualTo(atera.baseUrl().toString());
            assertThat(report.missingRequiredFiles()).isEmpty();
            assertThat(report.files()).extracting(FileProfile::file, FileProfile::rows, FileProfile::badRows, FileProfile::problem)
                    .as("the duplicate customer is a bad row, as it would be rejected")
                    .contains(tuple("customers.csv", 3L, 1L, null), tuple("contacts.csv", 2L, 0L, null),
                            tuple("tickets.csv", 2L, 0L, null), tuple("ticket_comments.csv", 1L, 0L, null),
                            tuple("custom_fields.csv", 1L, 0L, null));
            assertThat(report.files()).filteredOn(file -> file.file().equals("customers.csv")).singleElement()
                    .satisfies(customers -> assertThat(customers.columns()).extracting(DiscoveryReport.ColumnProfile::name)
                            .contains("CustomerID", "CustomerName", "City"));
            assertThat(report.customFieldDefinitions()).extracting(DiscoveryReport.CustomField::fieldName).containsExactly("Tier");
            assertThat(report.excludedRows()).containsEntry("api:/agents", 2L).containsEntry("api:/alerts", 0L);

            assertThat(TopicReader.read(Topics.ATERA_CUSTOMERS, new EnvelopeSerde<>(AteraRow.class), runId, 0, Duration.ofSeconds(1)))
                    .isEmpty();
            assertThat(TopicReader.read(Topics.REJECTS, new EnvelopeSerde<>(Reject.class), runId, 0, Duration.ofSeconds(1))).isEmpty();
        }
    }

    @Test
    void secretThatIsNotSetFailsTheDiscoveryNamingTheSecretButNoKey() throws IOException {
        String key = ConfigProvider.getConfig().getValue(KEY_SECRET, String.class);
        try (AteraApiSimulator atera = AteraApiSimulator.start(key, KeyHeader.X_API_KEY, List.of(), Duration.ZERO)) {
            String runId = UUID.randomUUID().toString();

            TopicWriter.control(new DiscoveryRequested(runId, null, "UTC", SourceKind.ATERA_API, atera.baseUrl().toString(),
                    "ATERA_KEY_NEVER_SET", null));

            List<Envelope<MigrationEvent>> events = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class),
                    runId, 1, WAIT);
            assertThat(events).extracting(Envelope::payload).containsExactly(new SourceDiscovered(null,
                    "secret 'ATERA_KEY_NEVER_SET' is not set in the extractor's environment: it must hold the Atera API key"));
            assertThat(atera.requests()).isZero();
        }
    }
}
