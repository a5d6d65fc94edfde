package io.github.ateraintercom.cli.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;
import picocli.CommandLine.Command;


/** Prints the latest version of a run's mapping; with --json, the whole document to edit. */
@Command(name = "show", description = "Shows the latest version of the run's mapping (--json: the document to edit).")
public final class MappingShow extends RunOrder {

    @Override
    public Integer call() {
        JsonNode mapping = connection.client().mapping(runId);
        if (connection.json()) {
            Output.json(spec, mapping);
        } else {
            MappingSummary.print(mapping, Output.of(spec));
        }
        return 0;
    }
}
