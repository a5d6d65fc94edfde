package io.github.ateraintercom.loader.control;

import io.github.ateraintercom.common.control.KnownRuns;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.RetryFailed;
import io.github.ateraintercom.common.control.RollbackOrdered;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.VerificationOrdered;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where each run writes. Runs are learnt from {@code migration.control} (every replica reads the
 * whole topic); the token is looked up in this loader's own environment under the secret name the
 * run gives, so it never travels on a topic nor sits in a database.
 */
@ApplicationScoped
public class RunTargets {

    private static final Duration PHASE_POLL = Duration.ofMinutes(1);

    private final KnownRuns runs = new KnownRuns();
    private final TeammateResolutions teammateResolutions = new TeammateResolutions();
    private final Config config;
    private final Event<RetryFailed> retries;
    private final Event<RollbackOrdered> rollbacks;
    private final Event<VerificationOrdered> verifications;

    RunTargets(Config config, Event<RetryFailed> retries, Event<RollbackOrdered> rollbacks, Event<VerificationOrdered> verifications) {
        this.config = config;
        this.retries = retries;
        this.rollbacks = rollbacks;
        this.verifications = verifications;
    }

    @Incoming(Topics.CONTROL)
    public void onControl(byte[] value) {
        runs.accept(value).ifPresent(message -> {
            teammateResolutions.remember(message);
            if (message instanceof RetryFailed retry) {
                retries.fireAsync(retry);
            } else if (message instanceof RollbackOrdered rollback) {
                rollbacks.fireAsync(rollback);
            } else if (message instanceof VerificationOrdered verification) {
                verifications.fireAsync(verification);
            }
        });
    }

    /** How many times the run's failed records were ordered retried, as far as this loader has heard. */
    public int retryGeneration(String runId) {
        return runs.retryGeneration(runId);
    }

    /** The operators' resolutions of the technicians no teammate matched, of every run. */
    public TeammateResolutions teammateResolutions() {
        return teammateResolutions;
    }

    /**
     * The run's base runs (newest first; empty: not a delta) and whether it is dry, once its control
     * message is known (a run never heard of within {@code wait} has neither).
     */
    public Lineage lineage(String runId, Duration wait) {
        return runs.await(runId, wait).map(run -> new Lineage(run.baseRuns(), run.dryRun())).orElse(new Lineage(List.of(), false));
    }

    /** What a run builds on: the runs it is a delta of, newest first, and whether it only plans. */
    public record Lineage(List<String> baseRuns, boolean dryRun) {
        public boolean isDelta() {
            return !baseRuns.isEmpty();
        }
    }

    /**
     * Waits for the run's phase to open, then answers its target; a run cancelled meanwhile has none.
     */
    public Resolution resolve(String runId, Phase phase, Duration wait) {
        if (!awaitPhase(runId, phase)) {
            return Resolution.failed("run " + runId + " was cancelled: nothing more of it is written");
        }
        return resolve(runId, wait);
    }

    /** The run's target, or why there is none. */
    public Resolution resolve(String runId, Duration wait) {
        if (runs.isCancelled(runId)) {
            return Resolution.failed("run " + runId + " was cancelled: nothing more of it is written");
        }
        return target(runId, wait);
    }

    /**
     * The run's target even when it is cancelled or being rolled back: where its rollback removes
     * what it wrote.
     */
    public Resolution target(String runId, Duration wait) {
        Optional<RunStarted> run = runs.await(runId, wait);
        if (run.isEmpty()) {
            return Resolution.failed("run " + runId + " was never started on " + Topics.CONTROL);
        }
        String secret = run.get().tokenSecret();
        Optional<String> token = config.getOptionalValue(secret, String.class).filter(value -> !value.isBlank());
        if (token.isEmpty()) {
            return Resolution.failed("secret '" + secret + "' is not set in the loader's environment");
        }
        return new Resolution(new IntercomTarget(runId, URI.create(run.get().targetBaseUrl()), token.get()), null,
                run.get().fallbackTeammate(), run.get().mapping() == null ? MappingChoices.defaults() : run.get().mapping());
    }

    /**
     * Waits, for as long as it takes, until the orchestrator opens the run's phase; false if the run
     * is cancelled instead. The worker that waits holds its record, so consumption pauses with it.
     */
    private boolean awaitPhase(String runId, Phase phase) {
        while (!runs.awaitPhase(runId, phase, PHASE_POLL)) {
            if (runs.isCancelled(runId)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code fallbackTeammate} is the email of the run's fallback teammate, null when it names none;
     * {@code mapping} what the operator confirmed (the default map when nothing was).
     */
    public record Resolution(IntercomTarget target, String failure, String fallbackTeammate, MappingChoices mapping) {
        static Resolution failed(String reason) {
            return new Resolution(null, reason, null, null);
        }
    }
}
