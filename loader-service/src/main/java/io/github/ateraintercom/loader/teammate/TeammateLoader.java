package io.github.ateraintercom.loader.teammate;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.intercom.TeammateCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.control.RunTargets;
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
 * held with that reason: the run's fallback teammate takes their tickets.
 */
@ApplicationScoped
public class TeammateLoader {

    private final CommandIntake<TeammateCommand> intake;
    private final Teammates teammates;
    private final Ledger ledger;
    private final RunTargets targets;
    private final LoaderConfig config;

    TeammateLoader(Teammates teammates, Ledger ledger, RunTargets targets, ResultPublisher publisher, LoaderConfig config,
                   MeterRegistry meters, FailedCommands failures) {
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
        String email = command.payload().email();
        try {
            Optional<String> adminId = teammates.adminId(resolution.target(), email);
            if (adminId.isEmpty()) {
                return LoadResult.held("no Intercom teammate has the email " + email + ": the run's fallback teammate takes "
                        + "this technician's tickets");
            }
            ledger.record(command.runId(), ObjectType.TECHNICIAN, command.sourceId(), adminId.get(),
                    ContentHash.of(command.payload()), LedgerEntry.Origin.ADOPTED);
            return LoadResult.loaded(adminId.get());
        } catch (IntercomError e) {
            return LoadResult.failed(e.getMessage());
        }
    }
}
