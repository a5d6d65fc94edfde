package io.github.ateraintercom.loader.teammate;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.intercom.TeammateCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.control.RunTargets;
import io.github.ateraintercom.loader.delta.Baseline;
import io.github.ateraintercom.loader.delta.Baselines;
import io.github.ateraintercom.loader.flow.CommandIntake;
import io.github.ateraintercom.loader.intercom.IntercomError;
import io.github.ateraintercom.loader.ledger.ContentHash;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.result.ResultPublisher;
import io.github.ateraintercom.loader.retry.FailedCommands;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Matches each Atera technician with the Intercom teammate of the same email and records the match
 * in the ledger as adopted (a rollback never touches teammates). A technician no teammate matches is
 * held, and one that cannot be matched fails: either way its result carries the technician, which
 * waits in the run's teammate queue until an operator maps it to a teammate or to the fallback. A
 * technician Atera marks inactive, when the run sends inactive technicians to its fallback teammate,
 * is recorded as that teammate without being matched, and never enters the queue.
 */
@ApplicationScoped
public class TeammateLoader {

    private static final String IN_THE_QUEUE = ": put in the run's teammate queue, for an operator to map to a teammate or to "
            + "the fallback teammate";

    private final CommandIntake<TeammateCommand> intake;
    private final Teammates teammates;
    private final Ledger ledger;
    private final RunTargets targets;
    private final LoaderConfig config;
    private final Baselines baselines;

    TeammateLoader(Teammates teammates, Ledger ledger, RunTargets targets, ResultPublisher publisher, LoaderConfig config,
                   MeterRegistry meters, FailedCommands failures, Baselines baselines) {
        this.baselines = baselines;
        this.intake = new CommandIntake<>(TeammateCommand.class, config.concurrency(), publisher, meters, failures);
        this.teammates = teammates;
        this.ledger = ledger;
        this.targets = targets;
        this.config = config;
    }

    @Incoming(Topics.INTERCOM_TEAMMATES)
    @Blocking
    public CompletionStage<Void> onTeammate(Message<byte[]> message) {
        return intake.accept(message, this::load);
    }

    @PreDestroy
    void close() {
        intake.close();
    }

    private LoadResult load(Envelope<TeammateCommand> command) {
        RunTargets.Resolution resolution = targets.resolve(command.runId(), Phase.TEAMMATES, config.runWait());
        if (resolution.failure() != null) {
            return LoadResult.failed(resolution.failure());
        }
        TeammateCommand technician = command.payload();
        try {
            if (Boolean.FALSE.equals(technician.active()) && resolution.mapping().sendsInactiveTechniciansToFallback()) {
                return toFallback(command, resolution);
            }
            Optional<String> adminId = teammates.adminId(resolution.target(), technician.email());
            if (adminId.isEmpty()) {
                return LoadResult.unmatched(LoadResult.Status.HELD, "no Intercom teammate has the email " + technician.email()
                        + IN_THE_QUEUE, technician);
            }
            Baseline baseline = baselines.of(command.runId(), ObjectType.TECHNICIAN, command.sourceId());
            LoadResult.Change change = baseline.base().isPresent() ? LoadResult.Change.SKIP : baseline.change(ContentHash.of(technician));
            if (baseline.dryRun()) {
                // matching only reads: a dry run matches as any run, and records nothing
                return LoadResult.planned(change, adminId.get(), "matches teammate " + adminId.get());
            }
            ledger.record(command.runId(), ObjectType.TECHNICIAN, command.sourceId(), adminId.get(),
                    ContentHash.of(technician), LedgerEntry.Origin.ADOPTED);
            return baseline.told(LoadResult.loaded(adminId.get()), change);
        } catch (IntercomError e) {
            return LoadResult.unmatched(LoadResult.Status.FAILED, e.getMessage(), technician);
        }
    }

    private LoadResult toFallback(Envelope<TeammateCommand> command, RunTargets.Resolution resolution) {
        String fallback = resolution.fallbackTeammate();
        Optional<String> adminId = fallback == null ? Optional.empty() : teammates.adminId(resolution.target(), fallback);
        if (adminId.isEmpty()) {
            return LoadResult.unmatched(LoadResult.Status.HELD, "the run sends inactive technicians to its fallback teammate, but "
                    + (fallback == null ? "it names none" : fallback + " is not a teammate of the workspace") + IN_THE_QUEUE,
                    command.payload());
        }
        String detail = "inactive in Atera: mapped to the run's fallback teammate " + fallback + ", as the run chose";
        if (baselines.of(command.runId(), ObjectType.TECHNICIAN, command.sourceId()).dryRun()) {
            return LoadResult.planned(LoadResult.Change.SKIP, adminId.get(), detail);
        }
        ledger.record(command.runId(), ObjectType.TECHNICIAN, command.sourceId(), adminId.get(), ContentHash.of(command.payload()),
                LedgerEntry.Origin.ADOPTED, detail);
        return LoadResult.loaded(adminId.get(), detail);
    }
}
