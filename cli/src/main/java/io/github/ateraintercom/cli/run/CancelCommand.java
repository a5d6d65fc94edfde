package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;
import picocli.CommandLine.Command;


/** Stops a run for good: nothing more of it is written; what was written stays (a rollback removes it). */
@Command(name = "cancel", description = "Stops a run for good; what was written stays until a rollback.")
public final class CancelCommand extends RunOrder {

    @Override
    public Integer call() {
        JsonNode cancelled = connection.client().cancel(runId);
        if (connection.json()) {
            Output.json(spec, cancelled);
        } else {
            Output.of(spec).println("Run " + runId + ": " + cancelled.path("state").asText());
        }
        return 0;
    }
}
