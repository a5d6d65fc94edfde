package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Stages every ticket, comment and work hour of a known run; a record is acknowledged once it is stored. */
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

    private CompletionStage<Void> stage(Message<byte[]> message) {
        return pipeline.accept(message, (row, run) -> {
            staging.stage(row);
            return CompletableFuture.completedFuture(null);
        });
    }
}
