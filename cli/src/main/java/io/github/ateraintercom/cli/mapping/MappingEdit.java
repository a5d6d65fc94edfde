package io.github.ateraintercom.cli.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;
import io.github.ateraintercom.cli.api.JsonHttp;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Stores an edited mapping document (as {@code mapping show --json} printed it) as the run's next version. */
@Command(name = "edit", description = "Stores an edited mapping document as the run's next version; it needs its own confirmation.")
public final class MappingEdit extends RunOrder {

    @Parameters(index = "1", paramLabel = "FILE", description = "The edited document, as `mapping show --json` printed it.")
    Path file;

    @Override
    public Integer call() {
        JsonNode edited;
        try {
            edited = JsonHttp.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), file + " is not a readable JSON document: " + e.getMessage());
        }
        JsonNode stored = connection.client().editMapping(runId, edited);
        if (connection.json()) {
            Output.json(spec, stored);
        } else {
            Output.of(spec).println("Mapping version " + stored.path("version").asInt() + " stored; confirm it with: migrate mapping confirm "
                    + runId);
        }
        return 0;
    }
}
