package io.github.ateraintercom.transformer.control;

import io.github.ateraintercom.common.control.KnownRuns;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.topics.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Duration;
import java.util.Optional;

/**
 * The runs this replica knows, learnt from {@code migration.control}. Every replica reads the whole
 * compacted topic from the start (its own consumer group), so it knows every run after a restart.
 */
@ApplicationScoped
public class RunDirectory {

    private final KnownRuns runs = new KnownRuns();

    @Incoming(Topics.CONTROL)
    public void onControl(byte[] value) {
        runs.accept(value);
    }

    /** The run, waiting a little for its control message when a record overtook it. */
    public Optional<RunStarted> await(String runId, Duration timeout) {
        return runs.await(runId, timeout);
    }
}
