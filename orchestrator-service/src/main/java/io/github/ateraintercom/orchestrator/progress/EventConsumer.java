package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.event.RateLimitUsed;
import io.github.ateraintercom.common.event.RecordHeld;
import io.github.ateraintercom.common.event.RecordTransformed;
import io.github.ateraintercom.common.event.RecordsTransformed;
import io.github.ateraintercom.common.event.SampleChosen;
import io.github.ateraintercom.common.event.SourceDiscovered;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.discovery.Discoveries;
import io.github.ateraintercom.orchestrator.handoff.RecordContents;
import io.github.ateraintercom.orchestrator.mapping.MappingVersions;
import io.github.ateraintercom.orchestrator.report.RecordNotes;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunState;
import io.github.ateraintercom.orchestrator.sample.RunSample;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/** Reads extraction, transformation and discovery progress, and the loaders' rate-limit use; one transaction per batch of events. */
@ApplicationScoped
public class EventConsumer {

    private static final EnvelopeSerde<MigrationEvent> SERDE = EnvelopeSerde.forRunEvents(MigrationEvent.class);

    private final OutcomeStore outcomes;
    private final RunMessages messages;
    private final Discoveries discoveries;
    private final MappingVersions mappings;
    private final RecordNotes notes;
    private final RecordContents contents;
    private final RateLimitUse rateLimitUse;

    EventConsumer(OutcomeStore outcomes, RunMessages messages, Discoveries discoveries, MappingVersions mappings, RecordNotes notes,
                  RecordContents contents, RateLimitUse rateLimitUse) {
        this.outcomes = outcomes;
        this.messages = messages;
        this.discoveries = discoveries;
        this.mappings = mappings;
        this.notes = notes;
        this.contents = contents;
        this.rateLimitUse = rateLimitUse;
    }

    @Incoming(Topics.EVENTS)
    @Blocking
    public void onEvents(List<byte[]> batch) {
        BatchTransaction.run(Topics.EVENTS, () -> messages.forEach(Topics.EVENTS, batch, SERDE, this::apply));
    }

    private void transformed(Envelope<RecordTransformed> row) {
        outcomes.record(new RecordFact(row, Outcome.TRANSFORMED, "transform", null, null, null));
        notes.record(row);
        contents.record(row, row.payload().facts());
    }

    private void apply(Envelope<MigrationEvent> event) {
        MigrationEvent payload = event.payload();
        if (payload instanceof RecordTransformed transformed) {
            transformed(event.withPayload(transformed));
        } else if (payload instanceof RecordsTransformed transformed) {
            transformed.records().forEach(record -> transformed(Envelope.of(event.runId(), record.objectType(), record.sourceId(),
                    record.sourceRow(), record.outcome())));
        } else if (payload instanceof RecordHeld held) {
            outcomes.record(new RecordFact(event, Outcome.HELD, "transform", "not-migrated", held.reason(), null));
            contents.record(event, held.fields());
        } else if (payload instanceof RateLimitUsed used) {
            rateLimitUse.record(event.runId(), used);
        } else if (payload instanceof SampleChosen chosen) {
            RunSample.record(event.runId(), chosen);
        } else if (payload instanceof FileExtracted file) {
            fileExtracted(event, file);
        } else if (payload instanceof ExtractionFinished finished) {
            extractionFinished(event.runId(), finished);
        } else if (payload instanceof SourceDiscovered discovered) {
            discoveries.answered(event.runId(), discovered);
            if (discovered.report() != null && Run.findById(event.runId()) != null) {
                mappings.propose(event.runId(), discovered.report());
            }
            awaitConfirmation(event.runId(), discovered);
        }
    }

    private static void fileExtracted(Envelope<MigrationEvent> event, FileExtracted extracted) {
        RunFile file = RunFile.find("runId = ?1 and file = ?2", event.runId(), extracted.file()).firstResult();
        if (file == null) {
            file = new RunFile();
            file.runId = event.runId();
            file.file = extracted.file();
        }
        file.objectType = event.objectType().wireName();
        file.rowsRead = extracted.rowsRead();
        file.rowsPublished = extracted.rowsPublished();
        file.rowsRejected = extracted.rowsRejected();
        file.checksum = extracted.checksum();
        file.persist();
    }

    /** A run that confirms its mapping waits for the operator once its source is discovered and a mapping proposed. */
    private static void awaitConfirmation(String runId, SourceDiscovered discovered) {
        Run run = Run.findById(runId);
        if (run == null || run.state != RunState.DISCOVERING) {
            return;
        }
        if (discovered.failure() != null) {
            run.fail("discovery failed: " + discovered.failure());
        } else {
            run.moveTo(RunState.AWAITING_CONFIRMATION);
        }
    }

    private static void extractionFinished(String runId, ExtractionFinished finished) {
        Run run = Run.findById(runId);
        if (run.state.isFinal()) {
            return;
        }
        run.excludedRows = Json.write(finished.excluded());
        if (finished.failed()) {
            run.fail("extraction failed: " + finished.failure());
        } else if (run.state == RunState.EXTRACTING) {
            run.moveTo(RunState.LOADING);
        }
    }
}
