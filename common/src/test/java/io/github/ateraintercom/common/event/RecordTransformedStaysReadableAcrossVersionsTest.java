package io.github.ateraintercom.common.event;

import io.github.ateraintercom.common.envelope.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Services of different versions share migration.events: each must read the other's RecordTransformed. */
class RecordTransformedStaysReadableAcrossVersionsTest {

    @Test
    void eventWithoutWarningsOrLinksReadsWithBothEmpty() {
        MigrationEvent before = Json.read("{\"type\":\"record-transformed\",\"target\":\"intercom.companies\"}", MigrationEvent.class);

        assertThat(before).isEqualTo(new RecordTransformed("intercom.companies", List.of(), List.of()));
    }

    @Test
    void warningsAndAtRiskLinksSurviveTheRoundTrip() {
        RecordTransformed sent = new RecordTransformed("intercom.conversations",
                List.of("TicketPriority 'Urgent' is not one of Atera's values (Low, Medium, High, Critical): kept as written"),
                List.of("https://app.atera.com/attachments/17/log.txt"));

        String json = Json.write(sent);

        assertThat(json).contains("\"type\":\"record-transformed\"", "\"target\":\"intercom.conversations\"");
        assertThat(Json.read(json, MigrationEvent.class)).isEqualTo(sent);
    }
}
