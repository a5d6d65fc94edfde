package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
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
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.github.ateraintercom.extractor.api.AteraApiSimulator.comment;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.contact;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.customField;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.customValue;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.customer;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.hourlyContract;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.invoice;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.kbArticle;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.ticket;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.workHour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A run whose source is Atera's API publishes the same records as an export would, on the same
 * topics with the same keys, closes each object's lists like a file, ends listing every source and
 * the RMM counts, and fails clearly, without a key in sight, when its secret is missing.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class AteraApiExtractionPublishesEveryCustomerIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Set for the test profile in application.properties, as a deployment sets the secret. */
    private static final String KEY_SECRET = "ATERA_SIMULATOR_KEY";
    /** Every list an API run reads, in the order of the objects; the derived roster comes after work hours. */
    private static final List<String> EVERY_SOURCE = List.of("api:/customers", "api:/contacts", "api:/tickets",
            "api:/tickets/{ticketId}/comments", "api:/workhours", TechnicianRoster.DERIVED_SOURCE, "api:/customvalues/customfields",
            "api:/customvalues/{object}fields/{id}", "api:/contracts", "api:/knowledgebases", "api:/billing/invoices");
    /** The RMM counts of an account without any. */
    private static final Map<String, Long> NO_RMM = Map.of("api:/agents", 0L, "api:/alerts", 0L, "api:/devices/genericdevices", 0L,
            "api:/devices/tcpdevices", 0L, "api:/devices/httpdevices", 0L, "api:/devices/snmpdevices", 0L);

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
                    runId, EVERY_SOURCE.size() + 1, WAIT);
            assertThat(events).extracting(Envelope::payload).hasSize(EVERY_SOURCE.size() + 1);
            FileExtracted list = (FileExtracted) events.get(0).payload();
            assertThat(list.file()).isEqualTo("api:/customers");
            assertThat(list.rowsRead()).isEqualTo(5);
            assertThat(list.rowsPublished()).isEqualTo(4);
            assertThat(list.rowsRejected()).isEqualTo(1);
            assertThat(list.checksum()).hasSize(64);
            assertThat(events.get(EVERY_SOURCE.size()).payload()).isEqualTo(new ExtractionFinished(EVERY_SOURCE, NO_RMM, null));
            assertThat(atera.requests("/customers")).as("three pages, the second tried twice").isEqualTo(4);
        }
    }

    @Test
    void fullRunPublishesEveryObjectKeyedAsAnExportsWouldBeAndEndsListingEverySourceAndTheRmmCounts() throws IOException {
        String key = ConfigProvider.getConfig().getValue(KEY_SECRET, String.class);
        try (AteraApiSimulator atera = AteraApiSimulator.start(key, KeyHeader.X_API_KEY,
                List.of(customer(31L, "Acme", "2025-01-01T00:00:00")), Duration.ZERO)) {
            atera.serve("/contacts", List.of(contact(501L, 31, "Ann", "Lee", "2025-01-01T00:00:00"),
                    contact(502L, 31, "Bob", "Ray", "2025-01-01T00:00:00"), contact(503L, 31, "Cid", "Moe", "2025-01-01T00:00:00")));
            atera.serve("/tickets", List.of(ticket(42L, "Printer down", 7L, "Tom Tech"), ticket(43L, "VPN", null, null)));
            atera.serve("/tickets/42/comments", List.of(comment("2024-03-01T09:00:00", "It is down", 501L, null, "Ann", false),
                    comment("2024-03-01T09:30:00", "Looking", null, 8L, "Kim", true)));
            atera.serve("/tickets/43/comments", List.of(comment("2024-03-02T10:00:00", "VPN fails", 502L, null, "Bob", false)));
            atera.serve("/workhours", List.of(workHour(9001L, 42, 9, "Lou Late", true)));
            atera.serve("/customvalues/customfields", List.of(customField("Customer", "Tier", "Text")));
            atera.serve("/customvalues/customerfields/31", List.of(customValue(31, "Tier", "Gold", 0, false)));
            atera.serve("/contracts", List.of(hourlyContract(77, 31, "Gold", 120)));
            atera.serve("/knowledgebases", List.of(kbArticle(12, "Reset a printer", "<p>Hold the button</p>")));
            atera.serve("/billing/invoices", List.of(invoice("0b9f0000-0000-0000-0000-000000000009", 1042, 480.0)));
            atera.serve("/agents", List.of(Map.of("AgentID", 1), Map.of("AgentID", 2)));
            atera.serve("/alerts", List.of(Map.of("AlertID", 1)));
            String runId = UUID.randomUUID().toString();

            TopicWriter.control(ateraRun(runId, atera, KEY_SECRET));

            List<MigrationEvent> events = TopicReader.read(Topics.EVENTS, EnvelopeSerde.forRunEvents(MigrationEvent.class), runId,
                    EVERY_SOURCE.size() + 1, WAIT).stream().map(Envelope::payload).toList();
            Map<String, Long> rmm = new TreeMap<>(NO_RMM);
            rmm.put("api:/agents", 2L);
            rmm.put("api:/alerts", 1L);
            assertThat(events).last().isEqualTo(new ExtractionFinished(EVERY_SOURCE, rmm, null));
            assertThat(events).filteredOn(FileExtracted.class::isInstance).map(FileExtracted.class::cast)
                    .extracting(FileExtracted::file, FileExtracted::rowsPublished).containsExactly(tuple("api:/customers", 1L),
                            tuple("api:/contacts", 3L), tuple("api:/tickets", 2L), tuple("api:/tickets/{ticketId}/comments", 3L),
                            tuple("api:/workhours", 1L), tuple(TechnicianRoster.DERIVED_SOURCE, 3L),
                            tuple("api:/customvalues/customfields", 1L), tuple("api:/customvalues/{object}fields/{id}", 1L),
                            tuple("api:/contracts", 1L), tuple("api:/knowledgebases", 1L), tuple("api:/billing/invoices", 1L));

            List<Envelope<AteraRow>> contacts = TopicReader.read(Topics.ATERA_CONTACTS, new EnvelopeSerde<>(AteraRow.class), runId, 3, WAIT);
            assertThat(contacts).extracting(Envelope::sourceId).containsExactlyInAnyOrder("501", "502", "503");
            assertThat(contacts).extracting(Envelope::sourceRow).containsExactlyInAnyOrder(new SourceRow("api:/contacts", 1),
                    new SourceRow("api:/contacts", 2), new SourceRow("api:/contacts", 3));
            assertThat(contacts).filteredOn(row -> row.sourceId().equals("501")).singleElement()
                    .satisfies(ann -> assertThat(ann.payload().fields()).containsEntry("Firstname", "Ann").containsEntry("CustomerID", "31")
                            .doesNotContainKey("DefaultAgentId"));
            assertThat(keys(ObjectType.TICKET, runId, 2)).containsOnly(entry("42", "42"), entry("43", "43"));
            Map<String, String> comments = keys(ObjectType.TICKET_COMMENT, runId, 3);
            assertThat(comments).hasSize(3).containsValues("42", "43");
            comments.forEach((sourceId, partitionKey) -> assertThat(sourceId).as("keyed by its ticket").startsWith(partitionKey + "/"));
            assertThat(keys(ObjectType.WORK_HOUR, runId, 1)).containsOnly(entry("9001", "42"));
            assertThat(keys(ObjectType.TECHNICIAN, runId, 3)).as("assignee, comment author and worker")
                    .containsOnlyKeys("7", "8", "9");
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

    /** Source id → Kafka key of the run's records of one object. */
    private static Map<String, String> keys(ObjectType type, String runId, int expected) {
        return TopicReader.readKeyed(type.topic(), new EnvelopeSerde<>(AteraRow.class), runId, expected, WAIT).stream()
                .collect(Collectors.toMap(keyed -> keyed.envelope().sourceId(), TopicReader.Keyed::key));
    }

    private static RunStarted ateraRun(String runId, AteraApiSimulator atera, String keySecret) {
        return new RunStarted(runId, null, "UTC", "http://localhost:1", "INTERCOM_TOKEN",
                SourceKind.ATERA_API, atera.baseUrl().toString(), keySecret, null, null, null);
    }
}
