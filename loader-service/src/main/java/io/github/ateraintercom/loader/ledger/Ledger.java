package io.github.ateraintercom.loader.ledger;

import io.github.ateraintercom.common.atera.ObjectType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The loader's memory of what each run wrote: (run, object, source id) → Intercom id. */
@ApplicationScoped
public class Ledger {

    public Optional<LedgerEntry> find(String runId, ObjectType type, String sourceId) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry
                .<LedgerEntry>find("runId = ?1 and objectType = ?2 and sourceId = ?3", runId, type.wireName(), sourceId)
                .firstResultOptional());
    }

    /** Records a write in its own transaction, so it is durable before the record is acknowledged. */
    public void record(String runId, ObjectType type, String sourceId, String intercomId, String contentHash) {
        record(runId, type, sourceId, intercomId, contentHash, LedgerEntry.Origin.CREATED);
    }

    public void record(String runId, ObjectType type, String sourceId, String intercomId, String contentHash,
                       LedgerEntry.Origin origin) {
        QuarkusTransaction.requiringNew().run(() -> {
            LedgerEntry entry = entry(runId, type, sourceId);
            entry.intercomId = intercomId;
            entry.contentHash = contentHash;
            entry.origin = origin;
            entry.persist();
        });
    }

    /**
     * Records, before a create, that the run is about to create the record's object. Should the
     * answer be lost, a retry that meets the object finds this intent and knows the object is its own.
     */
    public void intend(String runId, ObjectType type, String sourceId) {
        QuarkusTransaction.requiringNew().run(() -> entry(runId, type, sourceId).persist());
    }

    /** Records that the first {@code step} steps of the object {@code intercomId} are written. */
    public void advance(String runId, ObjectType type, String sourceId, String intercomId, int step) {
        QuarkusTransaction.requiringNew().run(() -> {
            LedgerEntry entry = entry(runId, type, sourceId);
            entry.intercomId = intercomId;
            entry.step = step;
            entry.persist();
        });
    }

    private static LedgerEntry entry(String runId, ObjectType type, String sourceId) {
        LedgerEntry entry = LedgerEntry.<LedgerEntry>find("runId = ?1 and objectType = ?2 and sourceId = ?3",
                runId, type.wireName(), sourceId).firstResult();
        if (entry == null) {
            entry = new LedgerEntry();
            entry.runId = runId;
            entry.objectType = type.wireName();
            entry.sourceId = sourceId;
        }
        return entry;
    }
}
