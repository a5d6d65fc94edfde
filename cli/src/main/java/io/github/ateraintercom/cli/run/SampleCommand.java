package io.github.ateraintercom.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.RunOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Migrates a sample of a run awaiting confirmation, as a run of its own; with --follow, shows its progress until it ends. */
@Command(name = "sample", description = "Migrates a sample of a run awaiting confirmation, with its latest mapping; prints the sample "
        + "run's id (--follow: until it ends).")
public final class SampleCommand extends RunOrder {

    @Option(names = "--size", paramLabel = "N", description = "Records of each object (default: the orchestrator's, 25).")
    Integer size;

    @Option(names = "--follow", description = "Show live progress until the sample ends; exit 0 only if it completes balanced.")
    boolean follow;

    @Override
    public Integer call() {
        JsonNode sample = connection.client().sample(runId, size);
        String sampleId = sample.path("id").asText();
        if (connection.json() && !follow) {
            Output.json(spec, sample);
        } else if (!connection.json()) {
            Output.of(spec).println("Sample " + sampleId + " of run " + runId + " (" + sample.path("sampleSize").asText()
                    + " records of each object): " + sample.path("state").asText());
            Output.of(spec).flush();
        }
        return follow ? RunFollower.follow(connection, spec, sampleId) : 0;
    }
}
