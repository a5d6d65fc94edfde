package io.github.ateraintercom.transformer.customer;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.Rejects;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.event.RecordTransformed;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.outcome.Stage;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.RawRows;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Through the real broker: good rows become commands, bad and unreadable ones become rejects, and the consumer goes on. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class TransformerPublishesCommandsAndRejectsWhatItCannotReadIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void poisonMessageIsRejectedAndTheRowsAfterItAreStillTransformed() {
        String runId = UUID.randomUUID().toString();
        TopicWriter.control(new RunStarted(runId, "/nowhere", "Europe/Paris", "http://localhost:1", "INTERCOM_TOKEN"));
        String poison = "{\"runId\":\"" + runId + "\",\"objectType\":\"customer\",\"sourceId\":\"77\","
                + "\"sourceRow\":{\"file\":\"customers.csv\",\"line\":5},\"schemaVersion\":1,\"payload\":{\"fields\":42}}";

        TopicWriter.raw(Topics.ATERA_CUSTOMERS, "77", poison.getBytes(StandardCharsets.UTF_8));
        TopicWriter.envelope(Topics.ATERA_CUSTOMERS, RawRows.row(runId, ObjectType.CUSTOMER, "78", 6, "CustomerID", "78", "CustomerName", "Initech",
                "CreatedOn", "2020-11-02T14:05:00", "City", "Lyon"));
        TopicWriter.envelope(Topics.ATERA_CUSTOMERS, RawRows.row(runId, ObjectType.CUSTOMER, "79", 7, "CustomerID", "79", "CustomerName", ""));

        List<Envelope<CompanyCommand>> commands = TopicReader.read(Topics.INTERCOM_COMPANIES,
                new EnvelopeSerde<>(CompanyCommand.class), runId, 1, WAIT);
        // offset-less dates are read in the run's account zone: Paris is UTC+1 in November
        assertThat(commands).extracting(Envelope::payload).containsExactly(
                new CompanyCommand("78", "Initech", null, 1604325900L - 3600, Map.of("city", "Lyon"),
                        List.of(new AttributeSpec("city", AttributeType.STRING, List.of(), "Atera customers.csv City"))));
        assertThat(commands.get(0).sourceRow()).isEqualTo(new SourceRow("customers.csv", 6));

        List<Envelope<MigrationEvent>> events = TopicReader.recordEvents(runId, 1, WAIT);
        assertThat(events).extracting(Envelope::payload).containsExactly(new RecordTransformed(Topics.INTERCOM_COMPANIES));

        List<Envelope<Reject>> rejects = TopicReader.read(Topics.REJECTS, new EnvelopeSerde<>(Reject.class), runId, 2, WAIT);
        assertThat(rejects).hasSize(2);
        Envelope<Reject> unreadable = rejects.stream().filter(r -> r.sourceId().equals("77")).findFirst().orElseThrow();
        assertThat(unreadable.payload().stage()).isEqualTo(Stage.TRANSFORM);
        assertThat(unreadable.payload().rule()).isEqualTo(Rejects.UNREADABLE_RULE);
        assertThat(unreadable.payload().message()).matches("message at atera\\.customers-\\d+@\\d+ cannot be read: not an envelope of AteraRow: .*");
        assertThat(unreadable.payload().original()).isEqualTo(poison);
        assertThat(unreadable.sourceRow()).isEqualTo(new SourceRow("customers.csv", 5));
        Envelope<Reject> nameless = rejects.stream().filter(r -> r.sourceId().equals("79")).findFirst().orElseThrow();
        assertThat(nameless.payload()).isEqualTo(new Reject(Stage.TRANSFORM, "required", "CustomerName",
                "customers.csv line 7 column CustomerName: CustomerName is empty: an Intercom company needs a name", "79,"));
    }

    @Test
    void rowOfARunThatWasNeverStartedIsRejectedNotDropped() {
        String runId = UUID.randomUUID().toString();

        TopicWriter.envelope(Topics.ATERA_CUSTOMERS, RawRows.row(runId, ObjectType.CUSTOMER, "80", 2, "CustomerID", "80", "CustomerName", "Umbrella"));

        List<Envelope<Reject>> rejects = TopicReader.read(Topics.REJECTS, new EnvelopeSerde<>(Reject.class), runId, 1, WAIT);
        assertThat(rejects).extracting(r -> r.payload().rule()).containsExactly("unknown-run");
    }
}
