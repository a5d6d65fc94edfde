package io.github.ateraintercom.loader.schema;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.intercom.SchemaCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.article.Collections;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.control.RunTargets;
import io.github.ateraintercom.loader.delta.Baseline;
import io.github.ateraintercom.loader.delta.Baselines;
import io.github.ateraintercom.loader.flow.CommandIntake;
import io.github.ateraintercom.loader.intercom.IntercomError;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.ContentHash;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.result.ResultPublisher;
import io.github.ateraintercom.loader.retry.FailedCommands;
import io.github.ateraintercom.loader.tag.Tags;
import io.github.ateraintercom.loader.verify.Expectation;
import io.github.ateraintercom.loader.verify.Expectations;
import io.github.ateraintercom.loader.verify.Expected;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Creates a run's schema before its data, once its schema phase is open: each custom attribute
 * through {@link DataAttributes} or {@link ConversationAttributes} (reused when the workspace has it
 * with a type that holds the run's values, restored from the archive, failed with the reason when its
 * type cannot, or when Intercom refuses it, e.g. at its limit of attributes), each tag through
 * {@link Tags}, each Help Center collection through {@link Collections}. The ledger records each with
 * its origin: CREATED when the run made it (its intent is written just before the create, so a create
 * whose answer was lost is still the run's own on redelivery), ADOPTED when the workspace had it, and
 * what a verification reads back: what the run declared for an item it created, that an adopted one
 * still exists. A redelivered item is answered from the ledger.
 */
@ApplicationScoped
public class SchemaLoader {

    private static final String CONVERSATION_MODEL = "conversation";

    private final CommandIntake<SchemaCommand> intake;
    private final DataAttributes dataAttributes;
    private final ConversationAttributes conversationAttributes;
    private final Tags tags;
    private final Collections collections;
    private final Ledger ledger;
    private final Expectations expectations;
    private final RunTargets targets;
    private final LoaderConfig config;
    private final Baselines baselines;

    SchemaLoader(DataAttributes dataAttributes, ConversationAttributes conversationAttributes, Tags tags, Collections collections,
                 Ledger ledger, Expectations expectations, RunTargets targets, ResultPublisher publisher, LoaderConfig config, MeterRegistry meters,
                 FailedCommands failures, Baselines baselines) {
        this.baselines = baselines;
        // one order per item, and one for every collection: a parent is created before its children
        this.intake = new CommandIntake<>(SchemaCommand.class, config.concurrency(), publisher, meters, failures,
                item -> item.payload().key());
        this.dataAttributes = dataAttributes;
        this.conversationAttributes = conversationAttributes;
        this.tags = tags;
        this.collections = collections;
        this.ledger = ledger;
        this.expectations = expectations;
        this.targets = targets;
        this.config = config;
    }

    @Incoming(Topics.INTERCOM_SCHEMA)
    @Blocking
    public CompletionStage<Void> onSchema(Message<byte[]> message) {
        return intake.accept(message, this::load);
    }

    @PreDestroy
    void close() {
        intake.close();
    }

    private LoadResult load(Envelope<SchemaCommand> command) {
        String runId = command.runId();
        RunTargets.Resolution resolution = targets.resolve(runId, Phase.SCHEMA, config.runWait());
        if (resolution.failure() != null) {
            return LoadResult.failed(resolution.failure());
        }
        SchemaCommand item = command.payload();
        Baseline baseline = baselines.of(runId, ObjectType.SCHEMA, command.sourceId());
        // an item a base run declared is the delta's as it stands: found, never declared again
        String hash = baseline.base().map(base -> base.contentHash).orElse(ContentHash.of(item));
        Optional<LedgerEntry> entry = baseline.own();
        if (baseline.done(hash).isPresent()) {
            return baseline.told(result(entry.get()), baseline.settled());
        }
        Optional<LoadResult> unwritten = baselines.unwritten(runId, ObjectType.SCHEMA, command.sourceId(), baseline, hash, () -> null);
        if (unwritten.isPresent()) {
            return unwritten.get();
        }
        boolean wasCreating = entry.filter(intent -> !intent.written()).isPresent();
        try {
            Declared declared = declare(resolution.target(), item, () -> ledger.intend(runId, ObjectType.SCHEMA, command.sourceId()));
            LedgerEntry.Origin origin = wasCreating ? LedgerEntry.Origin.CREATED : declared.origin();
            LedgerEntry recorded = ledger.record(runId, ObjectType.SCHEMA, command.sourceId(), declared.intercomId(), hash, origin,
                    declared.detail());
            expectations.record(runId, ObjectType.SCHEMA, command.sourceId(), expected(runId, item, recorded.origin));
            return baseline.told(result(recorded), baseline.change(hash));
        } catch (IntercomError e) {
            return LoadResult.failed(e.getMessage());
        }
    }

    private Declared declare(IntercomTarget target, SchemaCommand item, Runnable beforeCreate) {
        return switch (item.kind()) {
            case ATTRIBUTE -> CONVERSATION_MODEL.equals(item.model())
                    ? conversationAttributes.declare(target, item.attribute(), beforeCreate)
                    : dataAttributes.declare(target, item.model(), item.attribute(), beforeCreate);
            case TAG -> tags.declare(target, item.tag(), beforeCreate);
            case COLLECTION -> collections.declare(target, item.collection(), beforeCreate);
        };
    }

    /** What the item should hold in Intercom: what the run declared when it created it; one it adopted need only still exist. */
    private Expectation expected(String runId, SchemaCommand item, LedgerEntry.Origin origin) {
        if (origin != LedgerEntry.Origin.CREATED) {
            return Expected.adopted();
        }
        return switch (item.kind()) {
            case ATTRIBUTE -> CONVERSATION_MODEL.equals(item.model())
                    ? Expected.conversationAttribute(item.attribute())
                    : Expected.dataAttribute(item.attribute());
            case TAG -> Expected.tag(item.tag());
            case COLLECTION -> Expected.collection(item.collection().get(item.collection().size() - 1), parentId(runId, item.collection()));
        };
    }

    /** The Intercom id of a collection's parent: an item of the run's schema of its own, recorded before it; null at the top. */
    private String parentId(String runId, List<String> path) {
        if (path.size() < 2) {
            return null;
        }
        return ledger.find(runId, ObjectType.SCHEMA, SchemaCommand.collection(path.subList(0, path.size() - 1)).sourceId())
                .map(parent -> parent.intercomId).orElse(null);
    }

    /** Loaded; what the workspace already had says so, for the operator and a rollback. */
    private static LoadResult result(LedgerEntry entry) {
        if (entry.origin != LedgerEntry.Origin.ADOPTED) {
            return LoadResult.loaded(entry.intercomId);
        }
        return LoadResult.loaded(entry.intercomId, "existed in Intercom before the run: adopted"
                + (entry.detail == null ? "" : "; " + entry.detail));
    }
}
