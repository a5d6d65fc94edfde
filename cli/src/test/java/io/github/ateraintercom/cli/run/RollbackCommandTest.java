package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.api.JsonHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RollbackCommandTest {

    @Test
    void lineTellsHowManyEntriesOfTheRollbackHaveTheirOutcome() throws Exception {
        JsonNode run = JsonHttp.MAPPER.readTree("""
                {"id": "r1", "state": "ROLLING_BACK", "rollback": {"order": 2, "entries": 40, "removed": 20, "archived": 5,
                 "leftAlone": 3, "failed": 1, "remaining": 11}}
                """);

        assertThat(RollbackCommand.line(run))
                .isEqualTo("Run r1: ROLLING_BACK (order 2), 29 of 40 entries: removed 20, archived 5, left alone 3, failed 1");
    }

    @Test
    void lineBeforeTheLoadersAnsweredHasNoTotal() throws Exception {
        JsonNode run = JsonHttp.MAPPER.readTree("""
                {"id": "r2", "state": "ROLLING_BACK", "rollback": {"order": 1, "entries": null, "removed": 0, "archived": 0,
                 "leftAlone": 0, "failed": 0, "remaining": null}}
                """);

        assertThat(RollbackCommand.line(run)).isEqualTo("Run r2: ROLLING_BACK (order 1), 0 entries: removed 0, archived 0, left alone 0, failed 0");
        assertThat(RollbackCommand.line(JsonHttp.MAPPER.readTree("{\"id\": \"r3\", \"state\": \"COMPLETED\"}"))).isEqualTo("Run r3: COMPLETED");
    }
}
