package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.transformer.customdata.CustomDataAssembly;
import io.github.ateraintercom.transformer.customdata.CustomFields;
import io.github.ateraintercom.transformer.customdata.RecordData;
import io.github.ateraintercom.transformer.mapping.MappingResult;
import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Turns a run's staged tickets into conversation commands once every record the extractor published
 * is staged: page by page in ticket order, each ticket with its whole history (comments, work hours,
 * custom values and tags), so memory stays bounded whatever the run's size. Comments and work hours
 * whose ticket is not in the export are rejected {@code unknown-ticket}, its custom values and tags
 * {@code unknown-record}. Then the custom data of customers and contacts is assembled. Running it
 * again republishes the same commands, which the loader's ledger makes harmless.
 */
@ApplicationScoped
public class ConversationAssembly {

    private static final Logger LOG = Logger.getLogger(ConversationAssembly.class);

    private final TicketStaging staging;
    private final RecordPipeline pipeline;
    private final CustomDataAssembly customData;
    private final int pageSize;
    private final int pagesInFlight;
    private final Duration stagingPoll;

    ConversationAssembly(TicketStaging staging, RecordPipeline pipeline, CustomDataAssembly customData,
                         @ConfigProperty(name = "transformer.assembly.page-size", defaultValue = "500") int pageSize,
                         @ConfigProperty(name = "transformer.assembly.pages-in-flight", defaultValue = "4") int pagesInFlight,
                         @ConfigProperty(name = "transformer.assembly.staging-poll", defaultValue = "PT1S") Duration stagingPoll) {
        this.staging = staging;
        this.pipeline = pipeline;
        this.customData = customData;
        this.pageSize = pageSize;
        this.pagesInFlight = pagesInFlight;
        this.stagingPoll = stagingPoll;
    }

    public void assemble(RunStarted run) throws InterruptedException {
        awaitStaging(run.runId());
        LOG.infof("run %s: every record of its extraction is staged; assembling its conversations", run.runId());
        ZoneId zone = ZoneId.of(run.accountTimeZone());
        CustomFields fields = customData.fields(run);
        long conversations = 0;
        String after = null;
        List<StagedRecord> tickets;
        Deque<CompletableFuture<Void>> inFlight = new ArrayDeque<>();
        while (!(tickets = staging.tickets(run.runId(), after, pageSize)).isEmpty()) {
            Map<String, List<StagedRecord>> histories = staging.histories(run.runId(),
                    tickets.stream().map(StagedRecord::ticketId).toList()).stream()
                    .collect(Collectors.groupingBy(StagedRecord::ticketId));
            List<CompletableFuture<Void>> sent = new ArrayList<>();
            for (StagedRecord ticket : tickets) {
                List<StagedRecord> history = histories.getOrDefault(ticket.ticketId(), List.of());
                sent.add(publish(ticket, history, TicketToConversation.map(ticket, only(history, ObjectType.TICKET_COMMENT),
                        only(history, ObjectType.WORK_HOUR), zone, run.mapping()), TicketCustomData.gather(history, fields, zone)));
            }
            // the next page is read while this one is sent, but no more than a few pages are ever held
            inFlight.addLast(CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)));
            if (inFlight.size() > pagesInFlight) {
                inFlight.removeFirst().join();
            }
            conversations += tickets.size();
            after = tickets.get(tickets.size() - 1).ticketId();
        }
        inFlight.forEach(CompletableFuture::join);
        List<CompletableFuture<Void>> orphans = staging.orphans(run.runId()).stream()
                .map(orphan -> pipeline.refuse(orphan.envelope(), unknownTicket(orphan)))
                .toList();
        CompletableFuture.allOf(orphans.toArray(CompletableFuture[]::new)).join();
        customData.assemble(run, fields);
        staging.markAssembled(run.runId());
        LOG.infof("run %s: %d tickets assembled, %d comments or work hours without their ticket", run.runId(), conversations,
                orphans.size());
    }

    private CompletableFuture<Void> publish(StagedRecord ticket, List<StagedRecord> records, TicketHistory history, RecordData customData) {
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        history.refusedRecords().forEach(refusal -> sent.add(pipeline.refuse(refusal.record().envelope(), refusal.reason())));
        MappingResult<ConversationCommand> conversation = history.conversation();
        if (conversation instanceof MappingResult.Mapped<ConversationCommand> mapped) {
            // a custom value that does not fit is refused on its own; the conversation goes on
            customData.refused().forEach(refusal -> sent.add(pipeline.refuse(refusal.record().envelope(), refusal.reason())));
            customData.held().forEach(hold -> sent.add(pipeline.hold(hold.record().envelope(), hold.reason())));
            conversation = mapped.with(TicketCustomData.join(mapped.command(), customData));
        }
        sent.add(pipeline.publish(ticket.envelope(), Topics.INTERCOM_CONVERSATIONS, ticket.ticketId(), conversation));
        if (conversation instanceof MappingResult.Mapped<ConversationCommand> mapped) {
            // the comments and work hours folded into the command are transformed with it
            for (SourceRef carried : mapped.command().carried()) {
                if (!carried.equals(ticket.ref())) {
                    sent.add(pipeline.transformed(ticket.runId(), carried, Topics.INTERCOM_CONVERSATIONS));
                }
            }
        } else {
            // a refused ticket takes the rest of its history with it, each record naming the ticket's reason
            MappingResult.Refused<?> refused = (MappingResult.Refused<?>) conversation;
            List<StagedRecord> alreadyRefused = history.refusedRecords().stream().map(TicketHistory.Refusal::record).toList();
            records.stream().filter(record -> !alreadyRefused.contains(record))
                    .forEach(record -> sent.add(pipeline.refuse(record.envelope(), new MappingResult.Refused<>("ticket-rejected",
                            "TicketID", "its ticket " + ticket.ticketId() + " was rejected: " + refused.message()))));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
    }

    private static MappingResult.Refused<?> unknownTicket(StagedRecord orphan) {
        boolean history = orphan.objectType() == ObjectType.TICKET_COMMENT || orphan.objectType() == ObjectType.WORK_HOUR;
        return new MappingResult.Refused<>(history ? "unknown-ticket" : "unknown-record", history ? "TicketID" : "ObjectID",
                "ticket " + orphan.ticketId() + " is not in the export");
    }

    private static List<StagedRecord> only(List<StagedRecord> history, ObjectType type) {
        return history.stream().filter(record -> record.objectType() == type).toList();
    }

    private void awaitStaging(String runId) throws InterruptedException {
        long lastReport = System.nanoTime();
        Map<ObjectType, Long> missing;
        while (!(missing = staging.missing(runId)).isEmpty()) {
            if (System.nanoTime() - lastReport > Duration.ofSeconds(30).toNanos()) {
                LOG.infof("run %s: waiting for records still on their way to staging: %s", runId, missing);
                lastReport = System.nanoTime();
            }
            Thread.sleep(stagingPoll.toMillis());
        }
    }
}
