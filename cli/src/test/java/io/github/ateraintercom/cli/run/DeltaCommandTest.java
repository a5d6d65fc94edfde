package io.github.ateraintercom.cli.run;

import io.github.ateraintercom.cli.Migrate;
import io.github.ateraintercom.cli.api.JsonHttp;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class DeltaCommandTest {

    @Test
    void planListsPerObjectWhatTheDryRunWouldCreateUpdateAndSkip() throws Exception {
        var report = JsonHttp.MAPPER.readTree("""
                {"runId": "d1", "dryRun": true, "written": false, "objects": {
                  "contact": {"create": 0, "update": 4, "skip": 90, "rejected": 1, "held": 2, "failed": 0},
                  "customer": {"create": 3, "update": 1, "skip": 12, "rejected": 0, "held": 0, "failed": 0}}}
                """);

        assertThat(DeltaCommand.plan(report)).containsExactly(
                "Plan (dry run, nothing was written):",
                "object            create   update     skip  rejected   held  failed",
                "contact                0        4       90         1      2       0",
                "customer               3        1       12         0      0       0");
    }

    @Test
    void aNewerExportAndADateTogetherAreAUsageErrorBeforeAnythingIsAsked() {
        StringWriter err = new StringWriter();
        CommandLine command = Migrate.commandLine();
        command.setErr(new PrintWriter(err));
        command.setOut(new PrintWriter(new StringWriter()));

        int exit = command.execute("delta", "r1", "--source", "/exports/acme-2", "--since", "2025-01-01", "--orchestrator",
                "http://127.0.0.1:9");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--source").contains("--since").contains("mutually exclusive");
    }
}
