package io.github.ateraintercom.common.control;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Orders from the orchestrator on the compacted {@code migration.control} topic, keyed by run. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RunStarted.class, name = "run-started"),
        @JsonSubTypes.Type(value = DiscoveryRequested.class, name = "discovery-requested"),
        @JsonSubTypes.Type(value = RunCancelled.class, name = "run-cancelled"),
        @JsonSubTypes.Type(value = PhaseOpened.class, name = "phase-opened"),
        @JsonSubTypes.Type(value = RunPaused.class, name = "run-paused"),
        @JsonSubTypes.Type(value = RetryFailed.class, name = "retry-failed"),
        @JsonSubTypes.Type(value = TeammateResolved.class, name = "teammate-resolved"),
        @JsonSubTypes.Type(value = RollbackOrdered.class, name = "rollback-ordered"),
        @JsonSubTypes.Type(value = VerificationOrdered.class, name = "verification-ordered")
})
public sealed interface ControlMessage permits RunStarted, DiscoveryRequested, RunCancelled, PhaseOpened, RunPaused, RetryFailed,
        TeammateResolved, RollbackOrdered, VerificationOrdered {

    String runId();

    /** The compaction key: the latest message per key is what a replica starting later still reads. */
    default String key() {
        return runId();
    }
}
