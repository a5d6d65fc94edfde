package io.github.ateraintercom.common.event;

import io.github.ateraintercom.common.envelope.Decoded;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.envelope.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Loaders and the orchestrator of different versions share migration.events: the rate-limit reports must stay readable. */
class RateLimitUsedStaysReadableAcrossVersionsTest {

    private static final EnvelopeSerde<MigrationEvent> SERDE = EnvelopeSerde.forRunEvents(MigrationEvent.class);

    @Test
    void aReportAndItsQuotaSurviveTheRoundTripInARunEnvelope() {
        RateLimitUsed sent = new RateLimitUsed("loader-a1", 3, 42, 1, new RateLimitUsed.Quota(1666, 1383, 10, 1_790_000_010_000L, 700));

        Decoded<MigrationEvent> read = SERDE.decode(EnvelopeSerde.encode(
                Envelope.of("r1", null, "loader-a1", new SourceRow("loader loader-a1", 3), sent)));

        assertThat(read).isInstanceOf(Decoded.Readable.class);
        assertThat(((Decoded.Readable<MigrationEvent>) read).envelope().payload()).isEqualTo(sent);
        assertThat(Json.write(sent)).contains("\"type\":\"rate-limit-used\"");
    }

    @Test
    void aReportWithoutAQuotaReadsAsTheLimitNotKnownYet() {
        String json = "{\"runId\":\"r1\",\"sourceId\":\"loader-a1\",\"sourceRow\":{\"file\":\"loader loader-a1\",\"line\":1},"
                + "\"schemaVersion\":1,\"payload\":{\"type\":\"rate-limit-used\",\"replica\":\"loader-a1\",\"sequence\":1,"
                + "\"calls\":1,\"rateLimited\":0}}";

        Decoded<MigrationEvent> read = SERDE.decode(json.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOf(Decoded.Readable.class);
        assertThat(((Decoded.Readable<MigrationEvent>) read).envelope().payload()).isEqualTo(new RateLimitUsed("loader-a1", 1, 1, 0, null));
    }

    @Test
    void eventsWrittenBeforeRateLimitReportsExistedStillRead() {
        String json = "{\"runId\":\"r1\",\"sourceId\":\"run\",\"sourceRow\":{\"file\":\"/exports\",\"line\":0},\"schemaVersion\":1,"
                + "\"payload\":{\"type\":\"extraction-finished\",\"files\":[\"customers.csv\"]}}";

        Decoded<MigrationEvent> read = SERDE.decode(json.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOf(Decoded.Readable.class);
        assertThat(((Decoded.Readable<MigrationEvent>) read).envelope().payload()).isInstanceOf(ExtractionFinished.class);
    }
}
