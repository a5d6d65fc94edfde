package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.envelope.Decoded;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.transformer.control.RunDirectory;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * Follows each run's extraction on {@code migration.events}: how many tickets, comments and work
 * hours each file published, and the end of the extraction, which starts the run's assembly. The
 * event is acknowledged only after the assembly, so a crash mid-way assembles the run again.
 */
@ApplicationScoped
public class RunExtractions {

    private static final Logger LOG = Logger.getLogger(RunExtractions.class);
    private static final EnvelopeSerde<MigrationEvent> SERDE = EnvelopeSerde.forRunEvents(MigrationEvent.class);

    private final TicketStaging staging;
    private final ConversationAssembly assembly;
    private final RunDirectory runs;
    private final Duration runWait;

    RunExtractions(TicketStaging staging, ConversationAssembly assembly, RunDirectory runs,
                   @ConfigProperty(name = "transformer.run-wait", defaultValue = "PT30S") Duration runWait) {
        this.staging = staging;
        this.assembly = assembly;
        this.runs = runs;
        this.runWait = runWait;
    }

    @Incoming("run-extractions")
    @Blocking
    public void onEvent(byte[] value) throws InterruptedException {
        if (!(SERDE.decode(value) instanceof Decoded.Readable<MigrationEvent> readable)) {
            return;
        }
        Envelope<MigrationEvent> event = readable.envelope();
        if (event.payload() instanceof FileExtracted file && TicketStaging.STAGED.contains(event.objectType())) {
            staging.expect(event.runId(), file.file(), event.objectType(), file.rowsPublished());
        } else if (event.payload() instanceof ExtractionFinished finished && !finished.failed()) {
            staging.finished(event.runId());
            if (staging.assembled(event.runId())) {
                return;
            }
            Optional<RunStarted> run = runs.await(event.runId(), runWait);
            if (run.isEmpty()) {
                LOG.warnf("run %s ended its extraction but was never started on migration.control: nothing to assemble",
                        event.runId());
                return;
            }
            assembly.assemble(run.get());
        }
    }
}
