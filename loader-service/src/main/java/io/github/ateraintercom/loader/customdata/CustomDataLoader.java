package io.github.ateraintercom.loader.customdata;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.intercom.CustomDataCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.control.RunTargets;
import io.github.ateraintercom.loader.delta.Baseline;
import io.github.ateraintercom.loader.delta.Baselines;
import io.github.ateraintercom.loader.flow.CommandIntake;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomError;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.ContentHash;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.result.ResultPublisher;
import io.github.ateraintercom.loader.retry.FailedCommands;
import io.github.ateraintercom.loader.schema.DataAttributes;
import io.github.ateraintercom.loader.tag.Tags;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Writes custom values, tags and the current contract onto companies and contacts once the run's
 * custom-data phase is open (every customer and contact settled): the object is found through the
 * ledger (held with why when the run did not write it), its attributes are made to exist as typed,
 * then {@code PUT /companies/{id}} or {@code PUT /contacts/{id}} with them, then each tag applied.
 * Every write is idempotent, and a command already written is recognised in the ledger, so a
 * redelivery writes nothing twice. Every row the command carries gets its outcome.
 */
@ApplicationScoped
public class CustomDataLoader {

    private final CommandIntake<CustomDataCommand> intake;
    private final IntercomClient intercom;
    private final DataAttributes attributes;
    private final Tags tags;
    private final Ledger ledger;
    private final RunTargets targets;
    private final ResultPublisher publisher;
    private final LoaderConfig config;
    private final Baselines baselines;

    CustomDataLoader(IntercomClient intercom, DataAttributes attributes, Tags tags, Ledger ledger, RunTargets targets,
                     ResultPublisher publisher, LoaderConfig config, MeterRegistry meters, FailedCommands failures,
                     Baselines baselines) {
        this.baselines = baselines;
        this.intake = new CommandIntake<>(CustomDataCommand.class, config.concurrency(), publisher, meters, failures);
        this.intercom = intercom;
        this.attributes = attributes;
        this.tags = tags;
        this.ledger = ledger;
        this.targets = targets;
        this.publisher = publisher;
        this.config = config;
    }

    @Incoming(Topics.INTERCOM_CUSTOM_DATA)
    @Blocking
    public CompletionStage<Void> onCustomData(Message<byte[]> message) {
        return intake.accept(message, this::load);
    }

    @PreDestroy
    void close() {
        intake.close();
    }

    private LoadResult load(Envelope<CustomDataCommand> command) {
        LoadResult result = write(command);
        publisher.carried(command, command.payload().carried(), result);
        return result;
    }

    private LoadResult write(Envelope<CustomDataCommand> command) {
        String runId = command.runId();
        RunTargets.Resolution resolution = targets.resolve(runId, Phase.CUSTOM_DATA, config.runWait());
        if (resolution.failure() != null) {
            return LoadResult.failed(resolution.failure());
        }
        CustomDataCommand data = command.payload();
        String hash = ContentHash.of(data);
        Baseline baseline = baselines.of(runId, command.objectType(), command.sourceId());
        Optional<LedgerEntry> done = baseline.done(hash);
        if (done.isPresent()) {
            return baseline.told(LoadResult.loaded(done.get().intercomId), baseline.settled());
        }
        Optional<LoadResult> unwritten = baselines.unwritten(runId, command.objectType(), command.sourceId(), baseline, hash,
                () -> "custom values and tags written again");
        if (unwritten.isPresent()) {
            return unwritten.get();
        }
        boolean company = data.target() == CustomDataCommand.Target.COMPANY;
        Optional<LedgerEntry> object = ledger.resolve(runId, baseline.lineage().baseRuns(),
                company ? ObjectType.CUSTOMER : ObjectType.CONTACT, data.ateraId());
        if (object.isEmpty()) {
            return LoadResult.held(company
                    ? "its company, CustomerID " + data.ateraId() + ", is not in Intercom: that customer was rejected, failed or held"
                    : "its contact, EndUserID " + data.ateraId() + ", is not in Intercom: that contact was rejected, failed or held");
        }
        if (object.get().origin == LedgerEntry.Origin.ADOPTED) {
            // what the run did not create it does not change: a rollback could not give it back
            return LoadResult.held((company ? "its company, CustomerID " : "its contact, EndUserID ") + data.ateraId()
                    + ", existed in Intercom before the run (adopted): its fields are left as they are");
        }
        String intercomId = object.get().intercomId;
        IntercomTarget target = resolution.target();
        try {
            if (!data.attributes().isEmpty()) {
                attributes.ensure(target, company ? "company" : "contact", data.attributes().keySet(), data.attributeSpecs());
                intercom.put(target, (company ? "/companies/" : "/contacts/") + intercomId, Map.of("custom_attributes", data.attributes()));
            }
            for (String tag : data.tags()) {
                if (company) {
                    intercom.post(target, "/tags", Map.of("name", tag, "companies", List.of(Map.of("id", intercomId))));
                } else {
                    intercom.post(target, "/contacts/" + intercomId + "/tags", Map.of("id", tags.id(target, tag)));
                }
            }
            LoadResult.Change change = baseline.change(hash);
            ledger.record(runId, command.objectType(), command.sourceId(), intercomId, hash,
                    change == LoadResult.Change.UPDATE ? LedgerEntry.Origin.UPDATED : LedgerEntry.Origin.CREATED);
            return baseline.told(LoadResult.loaded(intercomId), change);
        } catch (IntercomError e) {
            return LoadResult.failed(e.getMessage());
        }
    }
}
