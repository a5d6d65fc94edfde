package io.github.ateraintercom.cli.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;
import io.github.ateraintercom.cli.api.OrchestratorClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/** Confirms the latest version of a run's mapping (refused when --version names an older one). */
@Command(name = "confirm", description = "Confirms the latest version of the run's mapping.")
public final class MappingConfirm extends RunOrder {

    @Option(names = "--version", paramLabel = "N", description = "The version reviewed: refused if it is not the latest any more.")
    Integer version;

    @Override
    public Integer call() {
        OrchestratorClient client = connection.client();
        JsonNode confirmed = client.confirm(runId, version);
        if (connection.json()) {
            Output.json(spec, confirmed);
        } else {
            Output.of(spec).println("Mapping version " + confirmed.path("version").asInt() + " confirmed ("
                    + client.manifest(runId).path("count").asInt() + " custom attributes).");
        }
        return 0;
    }
}
