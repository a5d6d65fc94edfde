package io.github.ateraintercom.loader.contact;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.github.ateraintercom.loader.flow.CommandIntake;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomError;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.ContentHash;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.result.ResultPublisher;
import io.github.ateraintercom.loader.schema.DataAttributes;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes each contact once the run's contacts phase is open (so its company is settled): created with
 * its external_id, or, when Intercom answers 409 because the contact already exists, adopted and
 * recorded as adopted so a rollback never removes it; then attached to its company (without a
 * customer: the one company whose domain is its email's). A contact whose company is not in Intercom
 * is held with that reason, never attached to a guess.
 */
@ApplicationScoped
public class ContactLoader {

    private static final String CONTACT_MODEL = "contact";
    /** Intercom names the existing contact in its conflict message: "... already exists with id=<id>". */
    private static final Pattern CONFLICTING_ID = Pattern.compile("with id=([0-9A-Za-z]+)");

    private final CommandIntake<ContactCommand> intake;
    private final IntercomClient intercom;
    private final DataAttributes attributes;
    private final Ledger ledger;
    private final RunTargets targets;
    private final LoaderConfig config;
    private final CompanyDomains domains;

    ContactLoader(IntercomClient intercom, DataAttributes attributes, Ledger ledger, RunTargets targets,
                  ResultPublisher publisher, LoaderConfig config, MeterRegistry meters, CompanyDomains domains) {
        this.intake = new CommandIntake<>(ContactCommand.class, config.concurrency(), publisher, meters);
        this.intercom = intercom;
        this.attributes = attributes;
        this.ledger = ledger;
        this.targets = targets;
        this.config = config;
        this.domains = domains;
    }

    @Incoming(Topics.INTERCOM_CONTACTS)
    @Blocking
    public CompletionStage<Void> onContact(Message<byte[]> message) {
        return intake.accept(message, this::load);
    }

    @PreDestroy
    void close() {
        intake.close();
    }

    private LoadResult load(Envelope<ContactCommand> command) {
        String runId = command.runId();
        RunTargets.Resolution resolution = targets.resolve(runId, Phase.CONTACTS, config.runWait());
        if (resolution.failure() != null) {
            return LoadResult.failed(resolution.failure());
        }
        ContactCommand contact = command.payload();
        String hash = ContentHash.of(contact);
        Optional<LedgerEntry> entry = ledger.find(runId, ObjectType.CONTACT, command.sourceId());
        if (entry.filter(LedgerEntry::written).filter(written -> hash.equals(written.contentHash)).isPresent()) {
            return LoadResult.loaded(entry.get().intercomId);
        }
        String companyIntercomId = null;
        if (contact.companyId() != null) {
            Optional<LedgerEntry> company = ledger.find(runId, ObjectType.CUSTOMER, contact.companyId()).filter(LedgerEntry::written);
            if (company.isEmpty()) {
                return LoadResult.held("its company, CustomerID " + contact.companyId()
                        + ", is not in Intercom: that customer was rejected, failed or held");
            }
            companyIntercomId = company.get().intercomId;
        } else if (contact.contact().email() != null) {
            // no customer: the one company whose domain is the email's, if there is exactly one
            companyIntercomId = domains.customerOf(runId, contact.contact().email())
                    .flatMap(customer -> ledger.find(runId, ObjectType.CUSTOMER, customer)).filter(LedgerEntry::written)
                    .map(company -> company.intercomId).orElse(null);
        }
        try {
            IntercomTarget target = resolution.target();
            if (contact.contact().customAttributes() != null) {
                attributes.ensure(target, CONTACT_MODEL, contact.contact().customAttributes().keySet(), contact.attributeSpecs());
            }
            Written written = entry.filter(LedgerEntry::written)
                    .map(known -> update(target, known, contact.contact()))
                    .orElseGet(() -> create(target, command, entry.isPresent()));
            if (companyIntercomId != null) {
                intercom.post(target, "/contacts/" + written.id() + "/companies", Map.of("id", companyIntercomId));
            }
            ledger.record(runId, ObjectType.CONTACT, command.sourceId(), written.id(), hash, written.origin());
            return LoadResult.loaded(written.id());
        } catch (IntercomError e) {
            return LoadResult.failed(e.getMessage());
        }
    }

    /** A contact the run wrote before with other values; an adopted one is never overwritten. */
    private Written update(IntercomTarget target, LedgerEntry known, ContactBody body) {
        if (known.origin == LedgerEntry.Origin.CREATED) {
            intercom.put(target, "/contacts/" + known.intercomId, body);
        }
        return new Written(known.intercomId, known.origin);
    }

    private Written create(IntercomTarget target, Envelope<ContactCommand> command, boolean triedBefore) {
        ContactBody body = command.payload().contact();
        ledger.intend(command.runId(), ObjectType.CONTACT, command.sourceId());
        AtomicBoolean answerLost = new AtomicBoolean(triedBefore);
        try {
            // after a lost answer the contact is looked for by its external_id; search lags, so a miss
            // sends the create again, and Intercom's 409 then names the contact it made
            JsonNode created = intercom.post(target, "/contacts", body, () -> {
                answerLost.set(true);
                return byExternalId(target, body.externalId());
            });
            String id = created.path("id").asText(null);
            if (id == null) {
                throw new IntercomError(200, "unreadable_response", "POST /contacts answered without a contact id");
            }
            return new Written(id, LedgerEntry.Origin.CREATED);
        } catch (IntercomError e) {
            if (e.status() != 409) {
                throw e;
            }
            String existing = conflictingId(e);
            // after a lost answer the contact is the run's own: it carries our external_id and we meant to create it
            JsonNode found = intercom.get(target, "/contacts/" + existing);
            boolean ours = answerLost.get() && Objects.equals(found.path("external_id").asText(null), body.externalId());
            return new Written(existing, ours ? LedgerEntry.Origin.CREATED : LedgerEntry.Origin.ADOPTED);
        }
    }

    private Optional<JsonNode> byExternalId(IntercomTarget target, String externalId) {
        JsonNode found = intercom.post(target, "/contacts/search",
                Map.of("query", Map.of("field", "external_id", "operator", "=", "value", externalId)));
        return found.path("data").isEmpty() ? Optional.empty() : Optional.of(found.path("data").path(0));
    }

    private static String conflictingId(IntercomError conflict) {
        Matcher matcher = CONFLICTING_ID.matcher(String.valueOf(conflict.detail()));
        if (!matcher.find()) {
            throw new IntercomError(409, conflict.code(), "a contact already exists but Intercom did not name it: " + conflict.detail());
        }
        return matcher.group(1);
    }

    private record Written(String id, LedgerEntry.Origin origin) {
    }
}
