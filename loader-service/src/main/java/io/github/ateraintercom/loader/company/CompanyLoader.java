package io.github.ateraintercom.loader.company;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.intercom.CompanyCommand;
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
import io.github.ateraintercom.loader.verify.Expectations;
import io.github.ateraintercom.loader.verify.Expected;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Writes each company command, once the run's companies phase is open (its schema is accounted for),
 * with {@code POST /companies} (create-or-update by company_id, so a retry can never duplicate a
 * company) once its custom attributes exist, records the Intercom id in the ledger, then publishes
 * the outcome. Before the first write the company is looked up by its company_id: one the workspace
 * already has is adopted, never written, so a rollback leaves it as it was; the intent, recorded
 * before the create, keeps a create whose answer was lost the run's own. The command is acknowledged
 * only after the outcome is durable.
 * Commands of different companies are written side by side; two commands of one company never are.
 */
@ApplicationScoped
public class CompanyLoader {

    private static final String COMPANY_MODEL = "company";

    private final CommandIntake<CompanyCommand> intake;
    private final IntercomClient intercom;
    private final DataAttributes attributes;
    private final Ledger ledger;
    private final RunTargets targets;
    private final LoaderConfig config;
    private final CompanyDomains domains;
    private final Expectations expectations;
    private final Baselines baselines;

    CompanyLoader(IntercomClient intercom, DataAttributes attributes, Ledger ledger, RunTargets targets,
                  ResultPublisher publisher, LoaderConfig config, MeterRegistry meters, FailedCommands failures, CompanyDomains domains,
                  Expectations expectations, Baselines baselines) {
        this.intake = new CommandIntake<>(CompanyCommand.class, config.concurrency(), publisher, meters, failures);
        this.intercom = intercom;
        this.attributes = attributes;
        this.ledger = ledger;
        this.targets = targets;
        this.config = config;
        this.domains = domains;
        this.expectations = expectations;
        this.baselines = baselines;
    }

    @Incoming(Topics.INTERCOM_COMPANIES)
    @Blocking
    public CompletionStage<Void> onCompany(Message<byte[]> message) {
        return intake.accept(message, this::load);
    }

    @PreDestroy
    void close() {
        intake.close();
    }

    private LoadResult load(Envelope<CompanyCommand> command) {
        String hash = ContentHash.of(command.payload());
        CompanyCommand company = command.payload();
        Baseline baseline = baselines.of(command.runId(), command.objectType(), command.sourceId());
        Optional<LedgerEntry> known = baseline.own();
        if (known.filter(LedgerEntry::written)
                .filter(entry -> hash.equals(entry.contentHash) || entry.origin == LedgerEntry.Origin.ADOPTED).isPresent()) {
            return baseline.told(LoadResult.loaded(known.get().intercomId, known.get().detail), baseline.settled());
        }
        Optional<LoadResult> unwritten = baselines.unwritten(command.runId(), command.objectType(), command.sourceId(), baseline, hash,
                () -> baseline.changes(Expected.company(company)));
        if (unwritten.isPresent()) {
            if (unwritten.get().status() == LoadResult.Status.LOADED) {
                domains.record(command.runId(), command.sourceId(), company.website());
            }
            return unwritten.get();
        }
        RunTargets.Resolution resolution = targets.resolve(command.runId(), Phase.COMPANIES, config.runWait());
        if (resolution.failure() != null) {
            return LoadResult.failed(resolution.failure());
        }
        IntercomTarget target = resolution.target();
        LoadResult.Change change = baseline.change(hash);
        try {
            if (known.isEmpty() && change != LoadResult.Change.UPDATE) {
                // nothing of this company recorded yet: the workspace may have it from before the run
                Optional<String> existing = existing(target, company.companyId());
                if (existing.isPresent()) {
                    LedgerEntry adopted = ledger.adopt(command.runId(), command.objectType(), command.sourceId(), existing.get(), hash,
                            "existed in Intercom before the run (company_id " + company.companyId()
                                    + "): adopted, its fields are left as they are");
                    if (adopted.origin == LedgerEntry.Origin.ADOPTED) {
                        expectations.record(command.runId(), command.objectType(), command.sourceId(), Expected.adopted());
                        domains.record(command.runId(), command.sourceId(), company.website());
                        return baseline.told(LoadResult.loaded(adopted.intercomId, adopted.detail), change);
                    }
                    // another writer of this company in the run had recorded its intent first: what was found is the run's own
                }
                ledger.intend(command.runId(), command.objectType(), command.sourceId());
            }
            if (company.customAttributes() != null) {
                attributes.ensure(target, COMPANY_MODEL, company.customAttributes().keySet(), company.attributeSpecs());
            }
            // an update of a base run's company is the same create-or-update by company_id
            JsonNode written = intercom.post(target, "/companies", company.body());
            String intercomId = written.path("id").asText(null);
            if (intercomId == null) {
                return LoadResult.failed("Intercom answered POST /companies without a company id");
            }
            String detail = null;
            if (change == LoadResult.Change.UPDATE) {
                detail = baseline.changes(Expected.company(company));
                ledger.record(command.runId(), command.objectType(), command.sourceId(), intercomId, hash, LedgerEntry.Origin.UPDATED,
                        detail);
            } else {
                ledger.record(command.runId(), command.objectType(), command.sourceId(), intercomId, hash);
            }
            expectations.record(command.runId(), command.objectType(), command.sourceId(), Expected.company(company));
            domains.record(command.runId(), command.sourceId(), company.website());
            return baseline.told(LoadResult.loaded(intercomId, detail), change);
        } catch (IntercomError e) {
            return LoadResult.failed(e.getMessage());
        }
    }

    /**
     * The Intercom id of the workspace's company with this company_id, if it has one: one call, which
     * 2.16 answers with a list, or 404 when there is none (a single company, as earlier versions
     * answered, is read too: taking it for none would make the run claim a company it did not create).
     */
    private Optional<String> existing(IntercomTarget target, String companyId) {
        try {
            JsonNode found = intercom.get(target, "/companies?company_id="
                    + URLEncoder.encode(companyId, StandardCharsets.UTF_8).replace("+", "%20"));
            JsonNode company = found.has("data") ? found.path("data").path(0) : found;
            return Optional.ofNullable(company.path("id").asText(null));
        } catch (IntercomError e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
