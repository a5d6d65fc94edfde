package io.github.ateraintercom.cli.teammates;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;

/** Sends every unmatched technician to the fallback teammate as the queue fills, until conversations may open. */
@Command(name = "fallback-all", description = "Sends every unmatched technician to the fallback teammate as they appear, "
        + "until the conversations phase opens.")
public final class TeammatesToFallback extends RunOrder {

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT30M",
            description = "How long to keep resolving (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        List<JsonNode> resolved = connection.client().sendUnmatchedTechniciansToFallback(runId, timeout);
        if (connection.json()) {
            resolved.forEach(technician -> Output.json(spec, technician));
        } else {
            Output.of(spec).println(resolved.size() + " technicians match no Intercom teammate; each goes to the fallback teammate:");
            resolved.forEach(technician -> Output.of(spec).println(TechnicianLine.of(technician)));
        }
        return 0;
    }
}
