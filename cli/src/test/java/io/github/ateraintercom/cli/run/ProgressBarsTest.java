package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.api.JsonHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarsTest {

    @Test
    void barFillsWithTheShareOfSourceRowsSettledWhateverTheirOutcome() throws Exception {
        JsonNode run = JsonHttp.MAPPER.readTree("""
                {"id": "r1", "state": "LOADING", "paused": false, "objects": {
                  "customer": {"sourceRows": 10, "loaded": 4, "rejected": 1, "failed": 0, "held": 1, "inFlight": 4},
                  "ticket": {"sourceRows": 0, "loaded": 0, "rejected": 0, "failed": 0, "held": 0, "inFlight": 0}}}
                """);

        assertThat(ProgressBars.of(run)).containsExactly(
                "Run r1: LOADING",
                "  customer        [" + "#".repeat(18) + "-".repeat(12) + "]  60.0 %  6/10  loaded 4, rejected 1, failed 0, held 1, in flight 4",
                "  ticket          [" + "#".repeat(30) + "] 100.0 %  0/0  loaded 0, rejected 0, failed 0, held 0, in flight 0");
    }

    @Test
    void headerTellsTheTimeLeftAndThePhasesBeingWritten() throws Exception {
        JsonNode run = JsonHttp.MAPPER.readTree("""
                {"id": "r3", "state": "LOADING", "objects": {},
                 "phases": {"companies": {"state": "done"}, "contacts": {"state": "open"}, "conversations": {"state": "open"},
                            "articles": {"state": "waiting"}},
                 "eta": {"remaining": 9000, "rowsPerSecond": 41.5, "seconds": 217}}
                """);

        assertThat(ProgressBars.of(run)).containsExactly("Run r3: LOADING, about 4 min left at 41.5 rows/s · open: contacts, conversations");
        assertThat(ProgressBars.line(run)).isEqualTo("Run r3: LOADING, 0 of 0 source rows settled, 0 in flight, about 4 min left at 41.5 rows/s");
    }

    @Test
    void pausedRunSaysSo() throws Exception {
        JsonNode run = JsonHttp.MAPPER.readTree("{\"id\": \"r2\", \"state\": \"LOADING\", \"paused\": true, \"objects\": {}}");

        assertThat(ProgressBars.of(run)).containsExactly("Run r2: LOADING (paused)");
    }
}
