package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/** Starts a run whose mapping is confirmed; with --follow, shows its progress until it ends. */
@Command(name = "run", description = "Starts a run whose mapping is confirmed (--follow: until it ends).")
public final class RunCommand extends RunOrder {

    @Option(names = "--follow", description = "Show live progress until the run ends; exit 0 only if it completes balanced.")
    boolean follow;

    @Override
    public Integer call() {
        JsonNode started = connection.client().start(runId);
        if (connection.json() && !follow) {
            Output.json(spec, started);
        } else if (!connection.json()) {
            Output.of(spec).println("Run " + runId + ": " + started.path("state").asText());
            Output.of(spec).flush();
        }
        return follow ? RunFollower.follow(connection, spec, runId) : 0;
    }
}
