package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Stages every ticket, comment and work hour of a known run, and the custom values, tags and contracts
 * joined to their records at assembly; a record is acknowledged once it is stored.
 */
@ApplicationScoped
public class TicketHistoryIntake {

    private final RecordPipeline pipeline;
    private final TicketStaging staging;

    TicketHistoryIntake(RecordPipeline pipeline, TicketStaging staging) {
        this.pipeline = pipeline;
        this.staging = staging;
    }

    @Incoming("atera.tickets")
    @Blocking(ordered = false)
    public CompletionStage<Void> onTicket(Message<byte[]> message) {
        return stage(message);
    }

    @Incoming("atera.ticket_comments")
    @Blocking(ordered = false)
    public CompletionStage<Void> onComment(Message<byte[]> message) {
        return stage(message);
    }

    @Incoming("atera.work_hours")
    @Blocking(ordered = false)
    public CompletionStage<Void> onWorkHour(Message<byte[]> message) {
        return stage(message);
    }

    @Incoming("atera.custom_values")
    @Blocking(ordered = false)
    public CompletionStage<Void> onCustomValue(Message<byte[]> message) {
        return stage(message);
    }

    @Incoming("atera.tags")
    @Blocking(ordered = false)
    public CompletionStage<Void> onTag(Message<byte[]> message) {
        return stage(message);
    }

    @Incoming("atera.contracts")
    @Blocking(ordered = false)
    public CompletionStage<Void> onContract(Message<byte[]> message) {
        return stage(message);
    }

    private CompletionStage<Void> stage(Message<byte[]> message) {
        return pipeline.accept(message, (row, run) -> {
            staging.stage(row);
            return CompletableFuture.completedFuture(null);
        });
    }
}
