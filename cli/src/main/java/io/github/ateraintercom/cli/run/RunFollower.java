package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Connection;
import io.github.ateraintercom.cli.Migrate;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.api.OrchestratorClient;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/**
 * Follows a run's live progress until it ends: progress bars redrawn in place on a terminal, one line
 * whenever something changed otherwise (a log, a pipe), one JSON document per event with --json. Then
 * the summary; the exit code says whether the run completed and balanced.
 */
final class RunFollower {

    private RunFollower() {
    }

    static int follow(Connection connection, CommandSpec spec, String runId) {
        OrchestratorClient client = connection.client();
        PrintWriter out = Output.of(spec);
        boolean terminal = System.console() != null;
        Drawing drawing = new Drawing(out, terminal);
        client.follow(runId, run -> {
            if (connection.json()) {
                Output.json(spec, run);
            } else {
                drawing.draw(terminal ? ProgressBars.of(run) : List.of(ProgressBars.line(run)));
            }
        });
        JsonNode run = client.run(runId);
        if (!connection.json()) {
            RunSummary.print(run, client.unsuccessful(runId), out);
        }
        return completed(run) ? 0 : Migrate.RUN_NOT_COMPLETED;
    }

    /** What was last drawn: a drawing that changed nothing is skipped, and on a terminal the new one replaces the old. */
    private static final class Drawing {

        private final PrintWriter out;
        private final boolean terminal;
        private List<String> drawn = List.of();

        Drawing(PrintWriter out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        void draw(List<String> lines) {
            if (lines.equals(drawn)) {
                return;
            }
            if (terminal && !drawn.isEmpty()) {
                // back to the first line of the previous drawing, then over it
                out.print("\033[" + drawn.size() + "F\033[J");
            }
            lines.forEach(out::println);
            out.flush();
            drawn = lines;
        }
    }

    /** Loaded and balanced, and, once verified, verified without a difference. */
    static boolean completed(JsonNode run) {
        return Set.of("COMPLETED", "VERIFIED").contains(run.path("state").asText()) && run.path("balanced").asBoolean();
    }
}
