package io.github.ateraintercom.cli.api;

import java.net.URI;

/** No answer from the orchestrator at all. */
public final class OrchestratorUnreachable extends RuntimeException {

    public OrchestratorUnreachable(URI uri, Exception cause) {
        super("the orchestrator does not answer at " + uri.resolve("/") + ": " + cause, cause);
    }
}
