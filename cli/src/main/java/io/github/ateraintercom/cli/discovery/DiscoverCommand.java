package io.github.ateraintercom.cli.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ateraintercom.cli.Connection;
import io.github.ateraintercom.cli.Migrate;
import io.github.ateraintercom.cli.Output;
import io.github.ateraintercom.cli.api.JsonHttp;
import io.github.ateraintercom.cli.api.OrchestratorClient;
import io.github.ateraintercom.cli.api.RunSourceSpec;
import io.github.ateraintercom.cli.mapping.MappingSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;

/** Creates a run that waits for its mapping's confirmation, waits for its discovery and shows the proposal. */
@Command(name = "discover", description = "Creates a run of an export directory or of Atera's API, discovers it and shows the "
        + "mapping proposed for it.")
public final class DiscoverCommand implements Callable<Integer> {

    @Mixin
    Connection connection;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EXPORT", arity = "0..1", description = "The Atera export directory, as the extractor sees it.")
    Path export;

    @Option(names = "--atera-api", paramLabel = "URL",
            description = "Read Atera's API at this base URL instead of an export, e.g. https://app.atera.com/api/v3.")
    URI ateraApi;

    @Option(names = "--atera-key-secret", paramLabel = "NAME", defaultValue = "ATERA_API_KEY",
            description = "The name of the extractor's secret holding the Atera API key (default: ${DEFAULT-VALUE}); never the key.")
    String ateraKeySecret;

    @Option(names = "--target", required = true, paramLabel = "URL", description = "The Intercom API base URL.")
    URI target;

    @Option(names = "--token-secret", paramLabel = "NAME", defaultValue = "INTERCOM_TOKEN",
            description = "The name of the secret holding the Intercom token (default: ${DEFAULT-VALUE}); never the token.")
    String tokenSecret;

    @Option(names = "--fallback-teammate", paramLabel = "EMAIL", description = "The teammate who takes tickets no teammate matches.")
    String fallbackTeammate;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "The Atera account's time zone, e.g. Europe/Paris.")
    String timeZone;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "How long to wait for the discovery (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    private String runId;

    @Override
    public Integer call() {
        if ((export == null) == (ateraApi == null)) {
            throw new ParameterException(spec.commandLine(), "Name the source: an EXPORT directory or --atera-api URL, not both.");
        }
        RunSourceSpec source = export != null ? RunSourceSpec.exportDirectory(export)
                : RunSourceSpec.ateraApi(ateraApi, ateraKeySecret);
        OrchestratorClient client = connection.client();
        runId = client.createRun(source, target, tokenSecret, fallbackTeammate, timeZone, true).path("id").asText();
        if (!connection.json()) {
            Output.of(spec).println("Run " + runId + ": discovering " + source.description());
            Output.of(spec).flush();
        }
        JsonNode run = client.await(runId, timeout, Set.of("AWAITING_CONFIRMATION", "COMPLETED", "FAILED", "CANCELLED"));
        if (!"AWAITING_CONFIRMATION".equals(run.path("state").asText())) {
            spec.commandLine().getErr().println("Run " + runId + " is " + run.path("state").asText()
                    + (run.hasNonNull("failure") ? ": " + run.path("failure").asText() : " after " + timeout));
            return Migrate.RUN_NOT_COMPLETED;
        }
        JsonNode mapping = client.mapping(runId);
        if (connection.json()) {
            Output.json(spec, JsonHttp.MAPPER.createObjectNode().<ObjectNode>set("run", run)
                    .set("mapping", mapping));
        } else {
            MappingSummary.print(mapping, Output.of(spec));
            Output.of(spec).println("Review it (migrate mapping show " + runId + "), edit it (migrate mapping edit), "
                    + "then confirm it (migrate mapping confirm " + runId + ") and start the run (migrate run " + runId + ").");
        }
        return 0;
    }

    /** The run this command created; null before it ran. */
    public String runId() {
        return runId;
    }
}
