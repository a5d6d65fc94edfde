package io.github.ateraintercom.loader.conversation;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.contact.RequesterContacts;
import io.github.ateraintercom.loader.control.RunTargets;
import io.github.ateraintercom.loader.delta.Baseline;
import io.github.ateraintercom.loader.delta.Baselines;
import io.github.ateraintercom.loader.flow.CommandIntake;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomError;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.intercom.SearchLag;
import io.github.ateraintercom.loader.ledger.ContentHash;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.verify.Expectations;
import io.github.ateraintercom.loader.result.ResultPublisher;
import io.github.ateraintercom.loader.retry.FailedCommands;
import io.github.ateraintercom.loader.schema.ConversationAttributes;
import io.github.ateraintercom.loader.tag.Tags;
import io.github.ateraintercom.loader.teammate.Teammates;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Writes each ticket's conversation once the run's conversations phase is open, step by step,
 * recording in the ledger each step as it succeeds: a restart resumes at the next step, so no part
 * is written twice and none is missed. The step a restart resumes at, and any write whose answer was
 * lost, is first looked for in Intercom (a create among the contact's conversations by its original
 * time, waiting out search's lag) and sent only when it is not there. The end user who opens
 * it is settled first ({@link RequesterContacts}). Every comment and work
 * hour carried by the conversation gets the conversation's outcome, so each source row is accounted for.
 */
@ApplicationScoped
public class ConversationLoader {

    private final CommandIntake<ConversationCommand> intake;
    private final IntercomClient intercom;
    private final ConversationAttributes attributes;
    private final Tags tags;
    private final Teammates teammates;
    private final Ledger ledger;
    private final RunTargets targets;
    private final ResultPublisher publisher;
    private final LoaderConfig config;
    private final RequesterContacts requesters;
    private final SearchLag searchLag;
    private final Expectations expectations;
    private final Baselines baselines;

    ConversationLoader(IntercomClient intercom, ConversationAttributes attributes, Tags tags, Teammates teammates, Ledger ledger,
                       RunTargets targets, ResultPublisher publisher, LoaderConfig config, MeterRegistry meters, FailedCommands failures,
                       RequesterContacts requesters, SearchLag searchLag, Expectations expectations,
                       Baselines baselines) {
        this.intake = new CommandIntake<>(ConversationCommand.class, config.concurrency(), publisher, meters, failures);
        this.intercom = intercom;
        this.attributes = attributes;
        this.tags = tags;
        this.teammates = teammates;
        this.ledger = ledger;
        this.targets = targets;
        this.publisher = publisher;
        this.config = config;
        this.requesters = requesters;
        this.searchLag = searchLag;
        this.expectations = expectations;
        this.baselines = baselines;
    }

    @Incoming(Topics.INTERCOM_CONVERSATIONS)
    @Blocking
    public CompletionStage<Void> onConversation(Message<byte[]> message) {
        return intake.accept(message, this::load);
    }

    @PreDestroy
    void close() {
        intake.close();
    }

    private LoadResult load(Envelope<ConversationCommand> command) {
        LoadResult result = write(command);
        // the rows folded into the conversation share its outcome; durable before the command is acknowledged
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (SourceRef carried : command.payload().carried()) {
            if (!carried.sourceRow().equals(command.sourceRow())) {
                sent.add(publisher.result(Envelope.of(command.runId(), carried.objectType(), carried.sourceId(), carried.sourceRow(),
                        result)));
            }
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        return result;
    }

    private LoadResult write(Envelope<ConversationCommand> command) {
        String runId = command.runId();
        RunTargets.Resolution resolution = targets.resolve(runId, Phase.CONVERSATIONS, config.runWait());
        if (resolution.failure() != null) {
            return LoadResult.failed(resolution.failure());
        }
        ConversationCommand conversation = command.payload();
        String hash = ContentHash.of(conversation);
        Baseline baseline = baselines.of(runId, ObjectType.TICKET, command.sourceId());
        Optional<Prior> prior = baseline.base().flatMap(Prior::of);
        if (baseline.done(hash).isEmpty()) {
            Optional<LoadResult> unwritten = baselines.unwritten(runId, ObjectType.TICKET, command.sourceId(), baseline, hash,
                    () -> prior.map(known -> known.describe(conversation, false)).orElse(null));
            if (unwritten.isPresent()) {
                return unwritten.get();
            }
            if (baseline.change(hash) == LoadResult.Change.UPDATE && prior.isEmpty()) {
                return LoadResult.held("run " + baseline.base().get().runId + " wrote this conversation before the loader kept which "
                        + "parts it wrote: a delta cannot tell its new parts");
            }
        }
        IntercomTarget target = resolution.target();
        try {
            RequesterContacts.Settled requester = requesters.settle(runId, baseline.lineage().baseRuns(), target, resolution.mapping(),
                    command.sourceId(), conversation);
            if (requester.held()) {
                return LoadResult.held(requester.heldReason(), requester.detail());
            }
            return writeConversation(command, resolution, requester.detail(), baseline, prior.orElse(null));
        } catch (IntercomError e) {
            return LoadResult.failed(e.getMessage());
        }
    }

    private LoadResult writeConversation(Envelope<ConversationCommand> command, RunTargets.Resolution resolution, String detail,
                                         Baseline baseline, Prior prior) {
        String runId = command.runId();
        String hash = ContentHash.of(command.payload());
        Optional<LedgerEntry> entry = baseline.own();
        if (baseline.done(hash).isPresent()) {
            return baseline.told(LoadResult.loaded(entry.get().intercomId, detail == null ? entry.get().detail : detail),
                    baseline.settled());
        }
        LoadResult.Change change = baseline.change(hash);
        // only a base run's conversation that changed is written as a delta; any other is written whole
        Prior changing = change == LoadResult.Change.UPDATE ? prior : null;
        IntercomTarget target = resolution.target();
        try {
            References references = References.of(runId, baseline.lineage().baseRuns(), ledger, teammates, target,
                    resolution.fallbackTeammate(), targets.teammateResolutions());
            ConversationSteps laidOut = new ConversationSteps(intercom, target, attributes, tags, Clock.systemUTC(), searchLag);
            List<Step> steps = laidOut.of(command.payload(), references, changing);
            String conversationId = entry.map(known -> known.intercomId).orElse(changing == null ? null : changing.intercomId());
            int done = entry.map(known -> known.step).orElse(0);
            if (entry.isEmpty() && changing != null) {
                ledger.beginUpdate(runId, ObjectType.TICKET, command.sourceId(), conversationId);
            } else if (entry.isEmpty()) {
                ledger.intend(runId, ObjectType.TICKET, command.sourceId());
            } else if (done < steps.size()) {
                // the step after the last one recorded may have reached Intercom before a stop or a failure:
                // looked for (the create among the contact's conversations), never simply sent again
                Optional<String> applied = steps.get(done).applied(conversationId);
                if (applied.isPresent()) {
                    conversationId = applied.get();
                    done++;
                    ledger.advance(runId, ObjectType.TICKET, command.sourceId(), conversationId, done);
                }
            }
            for (int step = done; step < steps.size(); step++) {
                conversationId = steps.get(step).write(conversationId);
                ledger.advance(runId, ObjectType.TICKET, command.sourceId(), conversationId, step + 1);
            }
            ledger.writtenParts(runId, ObjectType.TICKET, command.sourceId(), Prior.partIds(command.payload()));
            if (changing != null) {
                String changes = laidOut.changes();
                ledger.record(runId, ObjectType.TICKET, command.sourceId(), conversationId, hash, LedgerEntry.Origin.UPDATED, changes);
                expectations.record(runId, ObjectType.TICKET, command.sourceId(), laidOut.expected());
                return LoadResult.loaded(conversationId, detail == null ? changes : detail + "; " + changes).as(change);
            }
            ledger.record(runId, ObjectType.TICKET, command.sourceId(), conversationId, hash);
            expectations.record(runId, ObjectType.TICKET, command.sourceId(), laidOut.expected());
            return baseline.told(LoadResult.loaded(conversationId, detail), change);
        } catch (References.Unresolved e) {
            return LoadResult.held(e.getMessage());
        } catch (IntercomError e) {
            return LoadResult.failed(e.getMessage());
        }
    }

}
