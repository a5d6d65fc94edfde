package io.github.ateraintercom.common.envelope;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.outcome.Stage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeSerdeTest {

    private final EnvelopeSerde<AteraRow> rows = new EnvelopeSerde<>(AteraRow.class);

    @Test
    void envelopeSurvivesTheRoundTrip() {
        Envelope<AteraRow> sent = Envelope.of("run-1", ObjectType.CUSTOMER, "1001",
                new SourceRow("customers.csv", 2), new AteraRow(Map.of("CustomerID", "1001", "CustomerName", "Acme")));

        Decoded<AteraRow> decoded = rows.decode(EnvelopeSerde.encode(sent));

        assertThat(decoded).isEqualTo(new Decoded.Readable<>(sent));
    }

    @Test
    void intercomCommandIsWrittenWithIntercomFieldNames() {
        Envelope<CompanyCommand> sent = Envelope.of("run-1", ObjectType.CUSTOMER, "1001", new SourceRow("customers.csv", 2),
                new CompanyCommand("1001", "Acme", "acme.example", 1700000000L, Map.of("city", "Lyon")));

        String json = new String(EnvelopeSerde.encode(sent), StandardCharsets.UTF_8);

        assertThat(json).contains("\"company_id\":\"1001\"", "\"remote_created_at\":1700000000",
                "\"custom_attributes\":{\"city\":\"Lyon\"}", "\"objectType\":\"customer\"");
        assertThat(new EnvelopeSerde<>(CompanyCommand.class).decode(json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new Decoded.Readable<>(sent));
    }

    @Test
    void runEventsKeepTheirTypeAndMayBelongToNoObject() {
        Envelope<MigrationEvent> finished = Envelope.of("run-1", null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(List.of("customers.csv"), Map.of(), null));
        Envelope<MigrationEvent> file = Envelope.of("run-1", ObjectType.CUSTOMER, "customers.csv", new SourceRow("customers.csv", 0),
                new FileExtracted("customers.csv", 10, 9, 1, "ab"));
        EnvelopeSerde<MigrationEvent> events = EnvelopeSerde.forRunEvents(MigrationEvent.class);

        assertThat(events.decode(EnvelopeSerde.encode(finished))).isEqualTo(new Decoded.Readable<>(finished));
        assertThat(events.decode(EnvelopeSerde.encode(file))).isEqualTo(new Decoded.Readable<>(file));
        assertThat(new EnvelopeSerde<>(MigrationEvent.class).decode(EnvelopeSerde.encode(finished)))
                .isInstanceOfSatisfying(Decoded.Unreadable.class,
                        u -> assertThat(u.reason()).isEqualTo("envelope field 'objectType' is missing"));
    }

    @Test
    void garbageIsUnreadableWithAReasonInsteadOfAnException() {
        Decoded<AteraRow> decoded = rows.decode("{not json".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Unreadable.class, unreadable -> {
            assertThat(unreadable.reason()).startsWith("not JSON");
            assertThat(unreadable.original()).isEqualTo("{not json");
            assertThat(unreadable.salvaged()).isNull();
        });
    }

    @Test
    void emptyAndNonObjectMessagesAreUnreadable() {
        assertThat(rows.decode(new byte[0])).isInstanceOf(Decoded.Unreadable.class);
        assertThat(rows.decode(null)).isInstanceOf(Decoded.Unreadable.class);
        assertThat(rows.decode("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Decoded.Unreadable.class, u -> assertThat(u.reason()).isEqualTo("not a JSON object"));
    }

    @Test
    void missingEnvelopeFieldIsNamedAndTheRestIsSalvaged() {
        String json = """
                {"runId":"run-7","objectType":"customer","sourceRow":{"file":"customers.csv","line":9},
                 "schemaVersion":1,"payload":{"fields":{}}}""";

        Decoded<AteraRow> decoded = rows.decode(json.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Unreadable.class, unreadable -> {
            assertThat(unreadable.reason()).isEqualTo("envelope field 'sourceId' is missing");
            assertThat(unreadable.salvaged().runId()).isEqualTo("run-7");
            assertThat(unreadable.salvaged().sourceRow()).isEqualTo(new SourceRow("customers.csv", 9));
        });
    }

    @Test
    void payloadOfTheWrongShapeIsUnreadableButAttributable() {
        String json = """
                {"runId":"run-7","objectType":"customer","sourceId":"42","sourceRow":{"file":"customers.csv","line":3},
                 "schemaVersion":1,"payload":{"fields":"not a map"}}""";

        Decoded<AteraRow> decoded = rows.decode(json.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Unreadable.class, unreadable -> {
            assertThat(unreadable.reason()).startsWith("not an envelope of AteraRow");
            assertThat(unreadable.salvaged().sourceId()).isEqualTo("42");
        });
    }

    @Test
    void unknownObjectTypeAndFutureSchemaVersionAreUnreadable() {
        String unknownType = """
                {"runId":"r","objectType":"spaceship","sourceId":"1","sourceRow":{"file":"f","line":2},"schemaVersion":1,"payload":{"fields":{}}}""";
        String future = """
                {"runId":"r","objectType":"customer","sourceId":"1","sourceRow":{"file":"f","line":2},"schemaVersion":99,"payload":{"fields":{}}}""";

        assertThat(rows.decode(unknownType.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Decoded.Unreadable.class, u -> assertThat(u.reason()).contains("spaceship"));
        assertThat(rows.decode(future.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Decoded.Unreadable.class, u -> assertThat(u.reason()).contains("schemaVersion 99"));
    }

    @Test
    void unreadableBecomesAnAttributedReject() {
        String json = """
                {"runId":"run-7","objectType":"customer","sourceId":"42","sourceRow":{"file":"customers.csv","line":3},
                 "schemaVersion":1,"payload":null}""";
        Decoded.Unreadable<?> unreadable = (Decoded.Unreadable<?>) rows.decode(json.getBytes(StandardCharsets.UTF_8));

        Envelope<Reject> reject = Rejects.unreadable(unreadable, Stage.TRANSFORM, "atera.customers-0@17");

        assertThat(reject.runId()).isEqualTo("run-7");
        assertThat(reject.sourceRow()).isEqualTo(new SourceRow("customers.csv", 3));
        assertThat(reject.payload().rule()).isEqualTo(Rejects.UNREADABLE_RULE);
        assertThat(reject.payload().message()).isEqualTo(
                "message at atera.customers-0@17 cannot be read: envelope field 'payload' is missing");
    }
}
