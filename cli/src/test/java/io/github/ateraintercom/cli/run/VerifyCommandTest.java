package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Migrate;
import io.github.ateraintercom.cli.api.JsonHttp;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyCommandTest {

    @Test
    void lineTellsHowManyRecordsOfTheSampleHaveTheirOutcome() throws Exception {
        JsonNode run = JsonHttp.MAPPER.readTree("""
                {"id": "r1", "state": "VERIFYING", "verification": {"order": 2, "sample": 500, "records": 500, "total": 12000,
                 "verified": 290, "mismatched": 5, "missing": 3, "notVerifiable": 2, "remaining": 200}}
                """);

        assertThat(VerifyCommand.line(run)).isEqualTo(
                "Run r1: VERIFYING (order 2, sample 500), 300 of 500 records: verified 290, mismatched 5, missing 3, not verifiable 2");
    }

    @Test
    void lineBeforeTheLoadersAnsweredHasNoTotalAndARunNeverVerifiedOnlyItsState() throws Exception {
        JsonNode run = JsonHttp.MAPPER.readTree("""
                {"id": "r2", "state": "VERIFYING", "verification": {"order": 1, "sample": null, "records": null, "total": null,
                 "verified": 0, "mismatched": 0, "missing": 0, "notVerifiable": 0, "remaining": null}}
                """);

        assertThat(VerifyCommand.line(run))
                .isEqualTo("Run r2: VERIFYING (order 1, every record), 0 records: verified 0, mismatched 0, missing 0, not verifiable 0");
        assertThat(VerifyCommand.line(JsonHttp.MAPPER.readTree("{\"id\": \"r3\", \"state\": \"COMPLETED\"}"))).isEqualTo("Run r3: COMPLETED");
    }

    @Test
    void aSampleThatIsNotANumberIsAUsageErrorBeforeAnythingIsAsked() {
        StringWriter err = new StringWriter();
        CommandLine command = Migrate.commandLine();
        command.setErr(new PrintWriter(err));
        command.setOut(new PrintWriter(new StringWriter()));

        int exit = command.execute("verify", "r1", "--sample", "many", "--orchestrator", "http://127.0.0.1:9");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--sample").contains("many");
    }

    @Test
    void helpTellsThatARunEndingWithDifferencesExitsOne() {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        CommandLine command = Migrate.commandLine();
        command.setErr(new PrintWriter(err));
        command.setOut(new PrintWriter(out));

        assertThat(command.execute("verify", "--orchestrator", "http://127.0.0.1:9")).as("no run named").isEqualTo(2);
        assertThat(command.execute("--help")).isZero();

        assertThat(err.toString()).as("the usage of verify").containsPattern("1 +with --follow: the run ended COMPLETED_WITH_DIFFERENCES");
        assertThat(out.toString().replaceAll("\\s+", " ")).as("the usage of migrate")
                .contains("1 the run did not complete or does not balance; a followed rollback or verification did not end as ordered "
                        + "(a verification: COMPLETED_WITH_DIFFERENCES)");
    }
}
