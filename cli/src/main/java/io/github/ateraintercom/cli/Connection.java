package io.github.ateraintercom.cli;

import io.github.ateraintercom.cli.api.OrchestratorClient;
import picocli.CommandLine.Option;

import java.net.URI;

/**
 * Where the orchestrator is and how to prove who calls it. The operator's token is read from an
 * environment variable, never given as an argument, so it stays out of shell history and process lists.
 */
public final class Connection {

    @Option(names = "--orchestrator", paramLabel = "URL", defaultValue = "${env:MIGRATE_ORCHESTRATOR_URL:-http://localhost:8080}",
            description = "The orchestrator's base URL (default: $MIGRATE_ORCHESTRATOR_URL, else ${DEFAULT-VALUE}).")
    URI orchestrator;

    @Option(names = "--token-env", paramLabel = "NAME", defaultValue = "MIGRATE_OPERATOR_TOKEN",
            description = "The environment variable holding the operator's bearer token (default: ${DEFAULT-VALUE}).")
    String tokenEnvironmentVariable;

    @Option(names = "--json", description = "Print the orchestrator's JSON instead of text, for scripts.")
    boolean json;

    public OrchestratorClient client() {
        String token = System.getenv(tokenEnvironmentVariable);
        return new OrchestratorClient(orchestrator, token == null || token.isBlank() ? null : token);
    }

    public boolean json() {
        return json;
    }
}
