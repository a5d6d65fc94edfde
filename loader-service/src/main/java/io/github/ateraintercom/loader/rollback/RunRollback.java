package io.github.ateraintercom.loader.rollback;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.RollbackOrdered;
import io.github.ateraintercom.common.rollback.EntryRolledBack;
import io.github.ateraintercom.common.rollback.EntryRolledBack.Outcome;
import io.github.ateraintercom.common.rollback.RollbackFinished;
import io.github.ateraintercom.common.rollback.RollbackMessage;
import io.github.ateraintercom.common.rollback.RollbackPlanned;
import io.github.ateraintercom.common.rollback.RollbackSerde;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.control.RunTargets;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomError;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.ledger.LedgerOrders;
import io.github.ateraintercom.loader.ledger.LedgerWalk;
import io.github.ateraintercom.loader.ledger.RunLock;
import io.github.ateraintercom.loader.rollback.RollbackLedger.Removal;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Carries out a run's rollback order: removes every object the run created, kind after kind
 * ({@link RemovableKind}: conversations, contacts, companies, articles, collections, tags, then the
 * attributes it archives), newest first within a kind, through the shared rate limit; lists what it
 * leaves alone (what the run adopted or merged); tells each outcome on {@code migration.rollback},
 * then records it in the ledger, so a rollback interrupted anywhere resumes where it was (an object
 * removed whose record was lost answers 404 again, taken as already gone) and a second order
 * repeats nothing but what failed. Every replica hears the order; {@link RunLock} lets one at a time
 * carry it out.
 */
@ApplicationScoped
public class RunRollback {

    private static final String ALREADY_GONE = "already gone from Intercom";
    /** The one thing a run writes onto an adopted record, which its rollback does not undo. */
    private static final String JOINED = "; the run wrote none of its fields, but joined it to its company,"
            + " and it stays joined if that company was adopted too";

    private final RollbackLedger ledger;
    private final IntercomClient intercom;
    private final LoaderConfig config;
    private final MeterRegistry meters;
    private final LedgerOrders orders;
    private final ExecutorService removals;

    RunRollback(RollbackLedger ledger, RunTargets targets, IntercomClient intercom, LoaderConfig config, DataSource dataSource,
                MeterRegistry meters, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.ledger = ledger;
        this.intercom = intercom;
        this.config = config;
        this.meters = meters;
        this.orders = new LedgerOrders("rollback", Topics.ROLLBACK, RunLock.Work.ROLLBACK, targets, config.runWait(), dataSource,
                bootstrapServers);
        this.removals = Executors.newFixedThreadPool(config.rollbackConcurrency(), task -> new Thread(task, "rollback-removal"));
    }

    void onOrder(@ObservesAsync RollbackOrdered order) {
        orders.accept(order.runId(), order.order(), target -> rollBack(order, target),
                failure -> RollbackSerde.encode(new RollbackFinished(order.runId(), order.order(), failure)));
    }

    private void rollBack(RollbackOrdered order, IntercomTarget target) {
        String runId = order.runId();
        List<LedgerEntry> left = ledger.leftAlone(runId);
        publish(new RollbackPlanned(runId, order.order(), ledger.created(runId) + left.size())).join();
        CompletableFuture.allOf(left.stream().map(entry -> tell(order, entry, label(entry),
                new Removal(Outcome.LEFT, leftAloneBecause(entry)))).toArray(CompletableFuture[]::new)).join();
        for (RemovableKind kind : RemovableKind.values()) {
            removeAll(order, kind, target);
        }
    }

    /** Page by page, newest first; each page's outcomes are told, then recorded, before the next is read. */
    private void removeAll(RollbackOrdered order, RemovableKind kind, IntercomTarget target) {
        int batch = kind.oneAtATime() ? 1 : config.rollbackConcurrency() * 4;
        LedgerWalk.walk(() -> ledger.pending(order.runId(), kind, order.order(), batch), entry -> remove(kind, target, entry), removals,
                (entry, removal) -> tell(order, entry, kind.label(), removal), done -> ledger.record(done, order.order()));
    }

    private Removal remove(RemovableKind kind, IntercomTarget target, LedgerEntry entry) {
        try {
            kind.remove(intercom, target, entry.intercomId);
            return new Removal(kind.outcome(), kind.note());
        } catch (IntercomError e) {
            if (e.status() == 404) {
                return new Removal(kind.outcome(), ALREADY_GONE);
            }
            return new Removal(Outcome.FAILED, e.getMessage());
        }
    }

    private CompletableFuture<Void> tell(RollbackOrdered order, LedgerEntry entry, String kind, Removal removal) {
        meters.counter("migration_rollback_records_total", "object", kind, "outcome", removal.outcome().name().toLowerCase())
                .increment();
        return publish(new EntryRolledBack(order.runId(), order.order(), ObjectType.fromWireName(entry.objectType),
                entry.sourceId, kind, entry.intercomId, removal.outcome(), removal.reason()));
    }

    private CompletableFuture<Void> publish(RollbackMessage message) {
        return orders.publish(message.runId(), RollbackSerde.encode(message));
    }

    private static String label(LedgerEntry entry) {
        return RemovableKind.of(entry).map(RemovableKind::label).orElse("teammate");
    }

    private static String leftAloneBecause(LedgerEntry entry) {
        if (entry.origin == LedgerEntry.Origin.UPDATED) {
            return "updated by the delta: earlier values are not restored";
        }
        if (entry.origin == LedgerEntry.Origin.UNCHANGED) {
            return "unchanged by the delta: left as the base run wrote it";
        }
        if (entry.origin == LedgerEntry.Origin.MERGED) {
            return "merged: the same Intercom contact as another record of the run"
                    + (entry.detail == null ? "" : " (" + entry.detail + ")") + ", which accounts for it";
        }
        if (ObjectType.TECHNICIAN.wireName().equals(entry.objectType)) {
            return "an Intercom teammate the technician was matched with: teammates are never created nor removed";
        }
        String adopted = "existed in Intercom before the run: adopted, left alone" + (entry.detail == null ? "" : " (" + entry.detail + ")");
        return ObjectType.CONTACT.wireName().equals(entry.objectType) ? adopted + JOINED : adopted;
    }

    @PreDestroy
    void close() {
        orders.close();
        removals.shutdownNow();
    }
}
