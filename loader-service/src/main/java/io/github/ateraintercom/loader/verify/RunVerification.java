package io.github.ateraintercom.loader.verify;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.VerificationOrdered;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.common.verification.RecordVerified;
import io.github.ateraintercom.common.verification.RecordVerified.Difference;
import io.github.ateraintercom.common.verification.RecordVerified.Outcome;
import io.github.ateraintercom.common.verification.VerificationFinished;
import io.github.ateraintercom.common.verification.VerificationMessage;
import io.github.ateraintercom.common.verification.VerificationPlanned;
import io.github.ateraintercom.common.verification.VerificationSerde;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.control.RunTargets;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomError;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.ledger.LedgerOrders;
import io.github.ateraintercom.loader.ledger.LedgerWalk;
import io.github.ateraintercom.loader.ledger.RunLock;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Carries out a run's verification order: reads every record the run wrote (its companies, contacts,
 * conversations and articles, and the attributes, tags and collections of its schema; or the order's sample)
 * back from Intercom through the shared rate limit, compares it field by field with the expectation
 * the loaders kept when they wrote it, and tells each outcome on {@code migration.verification}, then
 * records it in the ledger, so an order interrupted anywhere resumes where it was and one carried out
 * is not repeated when the control topic is read again. Every replica hears the order; {@link RunLock}
 * lets one at a time carry it out.
 */
@ApplicationScoped
public class RunVerification {

    private static final String NO_EXPECTATION = "written before the loaders kept what each record should hold: nothing to compare with";

    private final VerificationLedger ledger;
    private final IntercomClient intercom;
    private final LoaderConfig config;
    private final MeterRegistry meters;
    private final LedgerOrders orders;
    private final ExecutorService readers;

    RunVerification(VerificationLedger ledger, RunTargets targets, IntercomClient intercom, LoaderConfig config, DataSource dataSource,
                    MeterRegistry meters, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.ledger = ledger;
        this.intercom = intercom;
        this.config = config;
        this.meters = meters;
        this.orders = new LedgerOrders("verification", Topics.VERIFICATION, RunLock.Work.VERIFICATION, targets, config.runWait(),
                dataSource, bootstrapServers);
        this.readers = Executors.newFixedThreadPool(config.verificationConcurrency(), task -> new Thread(task, "verification-read"));
    }

    void onOrder(@ObservesAsync VerificationOrdered order) {
        orders.accept(order.runId(), order.order(), target -> verifyAll(order, target),
                failure -> VerificationSerde.encode(new VerificationFinished(order.runId(), order.order(), failure)));
    }

    private void verifyAll(VerificationOrdered order, IntercomTarget target) {
        String runId = order.runId();
        List<Long> selected = ledger.selection(runId, order.sample());
        long total = order.sample() == null ? selected.size() : ledger.selection(runId, null).size();
        publish(new VerificationPlanned(runId, order.order(), selected.size(), total)).join();
        LedgerWalk.walk(pages(selected, order.order()), entry -> verify(order, target, entry), readers,
                (entry, verified) -> tell(verified), done -> ledger.record(done.keySet(), order.order()));
    }

    /** The selection's entries this order has still to read, a page at a time. */
    private Supplier<List<LedgerEntry>> pages(List<Long> selected, int order) {
        int batch = config.verificationConcurrency() * 4;
        int[] from = {0};
        return () -> {
            while (from[0] < selected.size()) {
                List<Long> ids = selected.subList(from[0], Math.min(selected.size(), from[0] + batch));
                from[0] += batch;
                List<LedgerEntry> page = ledger.pending(ids, order);
                if (!page.isEmpty()) {
                    return page;
                }
            }
            return List.of();
        };
    }

    private RecordVerified verify(VerificationOrdered order, IntercomTarget target, LedgerEntry entry) {
        VerifiableKind kind = VerifiableKind.of(entry).orElseThrow();
        if (entry.expected == null) {
            return verified(order, entry, kind, Outcome.NOT_VERIFIABLE, List.of(), NO_EXPECTATION);
        }
        JsonNode object;
        try {
            Optional<JsonNode> read = kind.read(intercom, target, entry);
            if (read.isEmpty()) {
                return verified(order, entry, kind, Outcome.MISSING, List.of(),
                        "not in Intercom: no " + kind.label() + " " + entry.intercomId + " among those it lists, archived ones included");
            }
            object = read.get();
        } catch (IntercomError e) {
            if (e.status() == 404) {
                return verified(order, entry, kind, Outcome.MISSING, List.of(), "not in Intercom: " + e.getMessage());
            }
            return verified(order, entry, kind, Outcome.NOT_VERIFIABLE, List.of(), "Intercom could not be read: " + e.getMessage());
        }
        List<Difference> differences = Comparison.of(Expectation.parse(entry.expected), kind.actual(object));
        return verified(order, entry, kind, differences.isEmpty() ? Outcome.VERIFIED : Outcome.MISMATCHED, differences, null);
    }

    private static RecordVerified verified(VerificationOrdered order, LedgerEntry entry, VerifiableKind kind, Outcome outcome,
                                           List<Difference> differences, String reason) {
        return new RecordVerified(order.runId(), order.order(), ObjectType.fromWireName(entry.objectType), entry.sourceId,
                kind.label(), entry.intercomId, outcome, differences, reason);
    }

    private CompletableFuture<Void> tell(RecordVerified verified) {
        meters.counter("migration_verification_records_total", "object", verified.kind(), "outcome",
                verified.outcome().name().toLowerCase()).increment();
        return publish(verified);
    }

    private CompletableFuture<Void> publish(VerificationMessage message) {
        return orders.publish(message.runId(), VerificationSerde.encode(message));
    }

    @PreDestroy
    void close() {
        orders.close();
        readers.shutdownNow();
    }
}
