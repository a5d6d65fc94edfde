package io.github.ateraintercom.common.event;

import io.github.ateraintercom.common.envelope.Json;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Services of different versions share migration.events: each must read the other's RecordHeld. */
class RecordHeldStaysReadableAcrossVersionsTest {

    @Test
    void eventWithoutFieldsReadsWithNone() {
        MigrationEvent before = Json.read("{\"type\":\"record-held\",\"reason\":\"no Intercom mapping\"}", MigrationEvent.class);

        assertThat(before).isEqualTo(new RecordHeld("no Intercom mapping", Map.of()));
    }

    @Test
    void heldRowWithoutFieldsWritesOnlyItsReason() {
        assertThat(Json.write(new RecordHeld("not migrated"))).isEqualTo("{\"type\":\"record-held\",\"reason\":\"not migrated\"}");
    }

    @Test
    void fieldsSurviveTheRoundTripInTheirColumnOrder() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("SLAID", "71");
        fields.put("Name", "Gold support");
        fields.put("Priority", "High");
        RecordHeld sent = new RecordHeld("SLA policies have no Intercom object", fields);

        RecordHeld read = (RecordHeld) Json.read(Json.write(sent), MigrationEvent.class);

        assertThat(read).isEqualTo(sent);
        assertThat(read.fields().keySet()).containsExactly("SLAID", "Name", "Priority");
    }
}
