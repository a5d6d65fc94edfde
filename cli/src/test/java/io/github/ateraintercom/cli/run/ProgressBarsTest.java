package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.api.JsonHttp;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

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
    void headerTellsTheRunsShareOfTheRateLimitAnd429sAndWhenTheEtaComesFromIt() throws Exception {
        JsonNode run = JsonHttp.MAPPER.readTree("""
                {"id": "r4", "state": "LOADING", "objects": {},
                 "eta": {"remaining": 600, "rowsPerSecond": 46.1, "seconds": 14, "basis": "rate-limit"},
                 "rateLimit": {"limit": 1666, "allowance": 1383, "windowSeconds": 10, "usedInWindow": 700, "calls": 1200,
                               "rateLimited": 2, "callsLastMinute": 5394, "shareLastMinute": 0.65, "callsPerRecord": 3.0}}
                """);

        assertThat(ProgressBars.of(run)).containsExactly("Run r4: LOADING, about 14 s left at 46.1 rows/s (rate limit) · rate limit 65 % of 1383/10 s, 2 × 429");
        assertThat(ProgressBars.line(run)).endsWith("0 in flight, about 14 s left at 46.1 rows/s (rate limit) · rate limit 65 % of 1383/10 s, 2 × 429");
    }

    @Test
    void aLimitNotLearntYetSaysSo() throws Exception {
        JsonNode run = JsonHttp.MAPPER.readTree("""
                {"id": "r5", "state": "LOADING", "objects": {}, "rateLimit": {"calls": 1, "rateLimited": 0}}
                """);

        assertThat(ProgressBars.of(run)).containsExactly("Run r5: LOADING · rate limit not known yet");
    }

    @Test
    void summaryTellsTheRunsIntercomCalls() throws Exception {
        JsonNode run = JsonHttp.MAPPER.readTree("""
                {"id": "r6", "state": "COMPLETED", "objects": {}, "balanced": true,
                 "rateLimit": {"limit": 1666, "allowance": 1383, "windowSeconds": 10, "calls": 1200, "rateLimited": 2, "callsPerRecord": 3.0}}
                """);
        StringWriter text = new StringWriter();

        RunSummary.print(run, JsonHttp.MAPPER.readTree("[]"), new PrintWriter(text));

        assertThat(text.toString()).contains("Intercom calls: 1200 (3.0 per row), 429s met: 2; rate limit 1666 per 10 s (allowance 1383)");
    }

    @Test
    void pausedRunSaysSo() throws Exception {
        JsonNode run = JsonHttp.MAPPER.readTree("{\"id\": \"r2\", \"state\": \"LOADING\", \"paused\": true, \"objects\": {}}");

        assertThat(ProgressBars.of(run)).containsExactly("Run r2: LOADING (paused)");
    }
}
