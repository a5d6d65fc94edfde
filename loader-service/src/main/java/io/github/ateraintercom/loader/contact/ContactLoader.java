package io.github.ateraintercom.loader.contact;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.company.CompanyDomains;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.control.RunTargets;
import io.github.ateraintercom.loader.delta.Baseline;
import io.github.ateraintercom.loader.delta.Baselines;
import io.github.ateraintercom.loader.verify.Expectation;
import io.github.ateraintercom.loader.flow.CommandIntake;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomError;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.ContentHash;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.verify.Expectations;
import io.github.ateraintercom.loader.verify.Expected;
import io.github.ateraintercom.loader.result.ResultPublisher;
import io.github.ateraintercom.loader.retry.FailedCommands;
import io.github.ateraintercom.loader.schema.DataAttributes;
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
 * Writes each contact once the run's contacts phase is open (so its company is settled): created with
 * its external_id, or, when Intercom answers 409 because the contact already exists, adopted and
 * recorded as adopted so a rollback never removes it, or merged into the contact of the run that
 * has its email ({@link ContactCreation}); then attached to its company (without a
 * customer: the one company whose domain is its email's). A contact whose company is not in Intercom
 * is held with that reason, never attached to a guess.
 */
@ApplicationScoped
public class ContactLoader {

    private static final String CONTACT_MODEL = "contact";
    /** The expectation's field naming the companies a contact belongs to. */
    private static final String COMPANIES = "companies";

    private final CommandIntake<ContactCommand> intake;
    private final IntercomClient intercom;
    private final DataAttributes attributes;
    private final Ledger ledger;
    private final RunTargets targets;
    private final LoaderConfig config;
    private final CompanyDomains domains;
    private final ContactCreation creation;
    private final UnwrittenContacts unwritten;
    private final Expectations expectations;
    private final Baselines baselines;

    ContactLoader(IntercomClient intercom, DataAttributes attributes, Ledger ledger, RunTargets targets,
                  ResultPublisher publisher, LoaderConfig config, MeterRegistry meters, FailedCommands failures, CompanyDomains domains,
                  ContactCreation creation, UnwrittenContacts unwritten, Expectations expectations, Baselines baselines) {
        this.intake = new CommandIntake<>(ContactCommand.class, config.concurrency(), publisher, meters, failures);
        this.intercom = intercom;
        this.attributes = attributes;
        this.ledger = ledger;
        this.targets = targets;
        this.config = config;
        this.domains = domains;
        this.creation = creation;
        this.unwritten = unwritten;
        this.expectations = expectations;
        this.baselines = baselines;
    }

    @Incoming(Topics.INTERCOM_CONTACTS)
    @Blocking
    public CompletionStage<Void> onContact(Message<byte[]> message) {
        return intake.accept(message, this::settle);
    }

    @PreDestroy
    void close() {
        intake.close();
    }

    /** Every contact that is not written is remembered with why, so its tickets are held rather than opened by a second contact. */
    private LoadResult settle(Envelope<ContactCommand> command) {
        LoadResult result = load(command);
        if (result.status() == LoadResult.Status.HELD || result.status() == LoadResult.Status.FAILED) {
            unwritten.record(command.runId(), command.sourceId(), result);
        }
        return result;
    }

    private LoadResult load(Envelope<ContactCommand> command) {
        String runId = command.runId();
        RunTargets.Resolution resolution = targets.resolve(runId, Phase.CONTACTS, config.runWait());
        if (resolution.failure() != null) {
            return LoadResult.failed(resolution.failure());
        }
        ContactCommand contact = command.payload();
        String hash = ContentHash.of(contact);
        Baseline baseline = baselines.of(runId, ObjectType.CONTACT, command.sourceId());
        Optional<LedgerEntry> entry = baseline.own();
        if (baseline.done(hash).isPresent()) {
            return baseline.told(LoadResult.loaded(entry.get().intercomId, entry.get().detail), baseline.settled());
        }
        List<String> baseRuns = baseline.lineage().baseRuns();
        String companyIntercomId = null;
        if (contact.companyId() != null) {
            companyIntercomId = ledger.resolve(runId, baseRuns, ObjectType.CUSTOMER, contact.companyId()).map(company -> company.intercomId)
                    .orElse(null);
        } else if (contact.contact().email() != null) {
            // no customer: the one company whose domain is the email's, if there is exactly one
            companyIntercomId = domains.customerOf(runId, contact.contact().email())
                    .flatMap(customer -> ledger.resolve(runId, baseRuns, ObjectType.CUSTOMER, customer))
                    .map(company -> company.intercomId).orElse(null);
        }
        String company = companyIntercomId;
        Optional<LoadResult> unwritten = baselines.unwritten(runId, ObjectType.CONTACT, command.sourceId(), baseline, hash,
                () -> baseline.changes(Expected.contact(contact.contact(), company, LedgerEntry.Origin.UPDATED)));
        if (unwritten.isPresent()) {
            return unwritten.get();
        }
        if (contact.companyId() != null && companyIntercomId == null) {
            return LoadResult.held("its company, CustomerID " + contact.companyId()
                    + ", is not in Intercom: that customer was rejected, failed or held");
        }
        LoadResult.Change change = baseline.change(hash);
        try {
            IntercomTarget target = resolution.target();
            if (contact.contact().customAttributes() != null) {
                attributes.ensure(target, CONTACT_MODEL, contact.contact().customAttributes().keySet(), contact.attributeSpecs());
            }
            ContactCreation.Written written = entry.filter(LedgerEntry::written)
                    .map(known -> update(target, known, contact.contact()))
                    .or(() -> change == LoadResult.Change.UPDATE
                            ? Optional.of(updateBase(target, baseline, contact.contact(), company)) : Optional.empty())
                    .orElseGet(() -> creation.create(target, runId, command.sourceId(), contact.contact(), null));
            if (companyIntercomId != null) {
                intercom.post(target, "/contacts/" + written.id() + "/companies", Map.of("id", companyIntercomId));
            }
            LedgerEntry recorded = ledger.record(runId, ObjectType.CONTACT, command.sourceId(), written.id(), hash, written.origin(),
                    written.detail());
            expectations.record(runId, ObjectType.CONTACT, command.sourceId(),
                    Expected.contact(contact.contact(), companyIntercomId, recorded.origin));
            return baseline.told(LoadResult.loaded(recorded.intercomId, recorded.detail), change);
        } catch (IntercomError e) {
            return LoadResult.failed(e.getMessage());
        }
    }

    /**
     * A base run's contact whose fields changed: written over with {@code PUT /contacts/{id}}, and
     * taken out of the company it was in when it now belongs to another (joined to that one after).
     */
    private ContactCreation.Written updateBase(IntercomTarget target, Baseline baseline, ContactBody body, String companyIntercomId) {
        LedgerEntry base = baseline.base().orElseThrow();
        String changes = baseline.changes(Expected.contact(body, companyIntercomId, LedgerEntry.Origin.UPDATED));
        intercom.put(target, "/contacts/" + base.intercomId, body);
        String before = base.expected == null ? null : Expectation.parse(base.expected).value(COMPANIES);
        if (before != null && !before.equals(companyIntercomId)) {
            intercom.delete(target, "/contacts/" + base.intercomId + "/companies/" + before);
        }
        return new ContactCreation.Written(base.intercomId, LedgerEntry.Origin.UPDATED, changes);
    }

    /**
     * A contact the run wrote before with other values; an adopted one is never overwritten, nor a
     * merged one (the contact it shares keeps the values of the one that created it).
     */
    private ContactCreation.Written update(IntercomTarget target, LedgerEntry known, ContactBody body) {
        if (known.origin == LedgerEntry.Origin.CREATED || known.origin == LedgerEntry.Origin.UPDATED) {
            intercom.put(target, "/contacts/" + known.intercomId, body);
        }
        return new ContactCreation.Written(known.intercomId, known.origin, known.detail);
    }

}
