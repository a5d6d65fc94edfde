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
        QuarkusTransaction.requiringNew().run(() -> {
            LedgerEntry entry = LedgerEntry.<LedgerEntry>find("runId = ?1 and objectType = ?2 and sourceId = ?3",
                    runId, type.wireName(), sourceId).firstResult();
            if (entry == null) {
                entry = new LedgerEntry();
                entry.runId = runId;
                entry.objectType = type.wireName();
                entry.sourceId = sourceId;
            }
            entry.intercomId = intercomId;
            entry.contentHash = contentHash;
            entry.persist();
        });
    }
}
