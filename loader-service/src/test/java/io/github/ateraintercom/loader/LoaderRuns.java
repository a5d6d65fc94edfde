package io.github.ateraintercom.loader;

import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.github.ateraintercom.testsupport.TopicWriter;

import java.util.UUID;

/** Runs the loader's tests start against the sandbox, as the orchestrator would announce them. */
public final class LoaderRuns {

    private LoaderRuns() {
    }

    /** A new run writing to the sandbox with the default map and no fallback teammate; its id. */
    public static String start(String sandboxUrl) {
        return start(sandboxUrl, null, null);
    }

    /** A new run writing to the sandbox with this fallback teammate and confirmed mapping (null: none); its id. */
    public static String start(String sandboxUrl, String fallbackTeammate, MappingChoices mapping) {
        String runId = UUID.randomUUID().toString();
        TopicWriter.control(new RunStarted(runId, "/exports/acme", "UTC", sandboxUrl, SandboxResource.TOKEN_SECRET,
                SourceKind.EXPORT_DIRECTORY, null, null, null, fallbackTeammate, mapping));
        return runId;
    }
}
