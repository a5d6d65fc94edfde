package io.github.ateraintercom.common.event;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.envelope.SourceRow;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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

    @Test
    void eventWithoutFactsReadsWithNoneAndWritesNone() {
        MigrationEvent before = Json.read("{\"type\":\"record-transformed\",\"target\":\"intercom.conversations\","
                + "\"warnings\":[],\"atRiskLinks\":[]}", MigrationEvent.class);

        assertThat(((RecordTransformed) before).facts()).isEmpty();
        assertThat(Json.write(new RecordTransformed("intercom.companies"))).doesNotContain("facts");
    }

    @Test
    void factsSurviveTheRoundTripAlsoInABatchAndAnOlderReaderStillFindsItsFields() {
        RecordTransformed sent = new RecordTransformed("intercom.conversations", List.of(), List.of(),
                Map.of(RecordFacts.CUSTOMER_ID, "1001", RecordFacts.BILLABLE_HOURS, "0.75"));
        RecordsTransformed batch = new RecordsTransformed(List.of(new RecordsTransformed.Transformed(
                ObjectType.TICKET, "5001",
                new SourceRow("tickets.csv", 2), sent)));

        String json = Json.write(batch);

        assertThat(Json.read(json, MigrationEvent.class)).isEqualTo(batch);
        assertThat(json).contains("\"target\":\"intercom.conversations\"", "\"customerId\":\"1001\"");
    }
}
