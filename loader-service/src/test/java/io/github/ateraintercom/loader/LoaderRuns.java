package io.github.ateraintercom.loader;

import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.github.ateraintercom.testsupport.TopicWriter;

import java.util.UUID;

/**
 * Runs the loader's tests start, as the orchestrator would announce a run without schema items: its
 * companies phase opens at once.
 */
public final class LoaderRuns {

    private LoaderRuns() {
    }

    /** A new run writing to the sandbox with the default map and no fallback teammate; its id. */
    public static String start(String sandboxUrl) {
        return start(sandboxUrl, null, null);
    }

    /** A new run writing to {@code targetUrl} with the token of the secret {@code tokenSecret}; its id. */
    public static String start(String targetUrl, String tokenSecret) {
        return announce(new RunStarted(UUID.randomUUID().toString(), "/exports/acme", "UTC", targetUrl, tokenSecret));
    }

    /** A new run writing to the sandbox with this fallback teammate and confirmed mapping (null: none); its id. */
    public static String start(String sandboxUrl, String fallbackTeammate, MappingChoices mapping) {
        return announce(new RunStarted(UUID.randomUUID().toString(), "/exports/acme", "UTC", sandboxUrl, SandboxResource.TOKEN_SECRET,
                SourceKind.EXPORT_DIRECTORY, null, null, null, fallbackTeammate, mapping));
    }

    private static String announce(RunStarted run) {
        TopicWriter.control(run);
        TopicWriter.control(new PhaseOpened(run.runId(), Phase.COMPANIES));
        return run.runId();
    }
}
