package io.github.ateraintercom.loader.company;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.control.RunTargets;
import io.github.ateraintercom.loader.flow.CommandIntake;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomError;
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

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Writes each company command, once the run's companies phase is open (its schema is accounted for),
 * with {@code POST /companies} (create-or-update by company_id, so a retry can never duplicate a
 * company) once its custom attributes exist, records the Intercom id in
 * the ledger, then publishes the outcome. The command is acknowledged only after the outcome is durable.
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

    CompanyLoader(IntercomClient intercom, DataAttributes attributes, Ledger ledger, RunTargets targets,
                  ResultPublisher publisher, LoaderConfig config, MeterRegistry meters, FailedCommands failures, CompanyDomains domains,
                  Expectations expectations) {
        this.intake = new CommandIntake<>(CompanyCommand.class, config.concurrency(), publisher, meters, failures);
        this.intercom = intercom;
        this.attributes = attributes;
        this.ledger = ledger;
        this.targets = targets;
        this.config = config;
        this.domains = domains;
        this.expectations = expectations;
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
        Optional<LedgerEntry> written = ledger.find(command.runId(), command.objectType(), command.sourceId());
        if (written.isPresent() && hash.equals(written.get().contentHash)) {
            return LoadResult.loaded(written.get().intercomId);
        }
        RunTargets.Resolution resolution = targets.resolve(command.runId(), Phase.COMPANIES, config.runWait());
        if (resolution.failure() != null) {
            return LoadResult.failed(resolution.failure());
        }
        try {
            if (command.payload().customAttributes() != null) {
                attributes.ensure(resolution.target(), COMPANY_MODEL, command.payload().customAttributes().keySet(),
                        command.payload().attributeSpecs());
            }
            JsonNode company = intercom.post(resolution.target(), "/companies", command.payload().body());
            String intercomId = company.path("id").asText(null);
            if (intercomId == null) {
                return LoadResult.failed("Intercom answered POST /companies without a company id");
            }
            ledger.record(command.runId(), command.objectType(), command.sourceId(), intercomId, hash);
            expectations.record(command.runId(), command.objectType(), command.sourceId(), Expected.company(command.payload()));
            domains.record(command.runId(), command.sourceId(), command.payload().website());
            return LoadResult.loaded(intercomId);
        } catch (IntercomError e) {
            return LoadResult.failed(e.getMessage());
        }
    }
}
