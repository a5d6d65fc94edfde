package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/** Where a run stands, per object; with --follow, live until it ends. */
@Command(name = "status", description = "Shows where a run stands, per object (--follow: live until it ends).")
public final class StatusCommand extends RunOrder {

    @Option(names = "--follow", description = "Show live progress until the run ends; exit 0 only if it completes balanced.")
    boolean follow;

    @Override
    public Integer call() {
        if (follow) {
            return RunFollower.follow(connection, spec, runId);
        }
        JsonNode run = connection.client().run(runId);
        if (connection.json()) {
            Output.json(spec, run);
        } else {
            ProgressBars.of(run).forEach(Output.of(spec)::println);
        }
        return 0;
    }
}
