package io.github.ateraintercom.cli.teammates;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The run's teammate queue: each unmatched technician and how it was resolved. */
@Command(name = "show", description = "Lists the technicians no teammate matched, with their resolutions.")
public final class TeammatesShow extends RunOrder {

    @Override
    public Integer call() {
        JsonNode queue = connection.client().teammateQueue(runId);
        if (connection.json()) {
            Output.json(spec, queue);
            return 0;
        }
        PrintWriter out = Output.of(spec);
        out.println("Teammate queue of run " + runId + ": " + queue.path("unresolved").asLong() + " unresolved"
                + (queue.path("complete").asBoolean() ? "" : " so far (technicians are still being matched)"));
        queue.path("technicians").forEach(technician -> out.println(TechnicianLine.of(technician)));
        return 0;
    }
}
