package io.github.ateraintercom.loader.ledger;

import io.github.ateraintercom.common.atera.ObjectType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The loader's memory of what each run wrote: (run, object, source id) → Intercom id. */
@ApplicationScoped
public class Ledger {

    public Optional<LedgerEntry> find(String runId, ObjectType type, String sourceId) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry
                .<LedgerEntry>find("runId = ?1 and objectType = ?2 and sourceId = ?3", runId, type.wireName(), sourceId)
                .firstResultOptional());
    }

    /**
     * The newest written entry of the record among {@code baseRuns} (newest first): what an earlier run
     * of a delta wrote for it; empty when none of them wrote it.
     */
    public Optional<LedgerEntry> newestOf(List<String> baseRuns, ObjectType type, String sourceId) {
        if (baseRuns.isEmpty()) {
            return Optional.empty();
        }
        List<LedgerEntry> written = QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>list(
                "runId in ?1 and objectType = ?2 and sourceId = ?3 and intercomId is not null", baseRuns, type.wireName(), sourceId));
        return written.stream().min(Comparator.comparingInt(entry -> baseRuns.indexOf(entry.runId)));
    }

    /** The record's written entry in the run, else in the newest of its base runs that wrote it. */
    public Optional<LedgerEntry> resolve(String runId, List<String> baseRuns, ObjectType type, String sourceId) {
        return find(runId, type, sourceId).filter(LedgerEntry::written).or(() -> newestOf(baseRuns, type, sourceId));
    }

    /**
     * Records in a delta run a base run's object the delta leaves as it is (origin UNCHANGED, or the
     * base's ADOPTED or MERGED): its Intercom id, what it should hold and the parts written, as the
     * base recorded them, so the delta's references, verification and rollback know it.
     */
    public LedgerEntry carry(String runId, ObjectType type, String sourceId, LedgerEntry base, String contentHash,
                             LedgerEntry.Origin origin, String detail) {
        QuarkusTransaction.requiringNew().run(() -> LedgerEntry.getEntityManager().createNativeQuery("""
                        INSERT INTO ledger_entry (run_id, object_type, source_id, intercom_id, content_hash, origin, detail, expected,
                                                  written_parts, step)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                        ON CONFLICT (run_id, object_type, source_id) DO NOTHING
                        """).setParameter(1, runId).setParameter(2, type.wireName()).setParameter(3, sourceId)
                .setParameter(4, base.intercomId).setParameter(5, contentHash).setParameter(6, origin.name())
                .setParameter(7, detail).setParameter(8, base.expected).setParameter(9, base.writtenParts)
                .setParameter(10, base.step).executeUpdate());
        return find(runId, type, sourceId).orElseThrow();
    }

    /**
     * Records that the run starts changing a base run's object {@code intercomId} (origin UPDATED,
     * nothing of it written yet), unless it has an entry for the record already.
     */
    public void beginUpdate(String runId, ObjectType type, String sourceId, String intercomId) {
        QuarkusTransaction.requiringNew().run(() -> LedgerEntry.getEntityManager().createNativeQuery("""
                        INSERT INTO ledger_entry (run_id, object_type, source_id, intercom_id, origin)
                        VALUES (?1, ?2, ?3, ?4, 'UPDATED')
                        ON CONFLICT (run_id, object_type, source_id) DO NOTHING
                        """).setParameter(1, runId).setParameter(2, type.wireName()).setParameter(3, sourceId)
                .setParameter(4, intercomId).executeUpdate());
    }

    /** Records the source ids of every part the object now holds (a conversation's comments), as a JSON array. */
    public void writtenParts(String runId, ObjectType type, String sourceId, List<String> partIds) {
        String json = WrittenParts.json(partIds);
        QuarkusTransaction.requiringNew().run(() -> LedgerEntry.update("writtenParts = ?1 where runId = ?2 and objectType = ?3 and sourceId = ?4",
                json, runId, type.wireName(), sourceId));
    }

    /** Records a write in its own transaction, so it is durable before the record is acknowledged. */
    public void record(String runId, ObjectType type, String sourceId, String intercomId, String contentHash) {
        record(runId, type, sourceId, intercomId, contentHash, LedgerEntry.Origin.CREATED, null);
    }

    public void record(String runId, ObjectType type, String sourceId, String intercomId, String contentHash,
                       LedgerEntry.Origin origin) {
        record(runId, type, sourceId, intercomId, contentHash, origin, null);
    }

    /**
     * Records a write and answers the entry as it now stands. Writers of one record may race (two
     * tickets of one end user make its contact at once): the entry is locked while it changes, and
     * what they learnt about the same Intercom object is kept whatever the order: created beats
     * adopted (only a writer that made the object is told it was created), with the creator's detail;
     * otherwise the first detail stays.
     */
    public LedgerEntry record(String runId, ObjectType type, String sourceId, String intercomId, String contentHash,
                              LedgerEntry.Origin origin, String detail) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LedgerEntry entry = entry(runId, type, sourceId);
            boolean same = intercomId.equals(entry.intercomId);
            // two writers of one record met the same object, one by creating it, the other by finding it
            // (whichever recorded first): the run created it, as the creator tells
            boolean createdNow = same && entry.origin == LedgerEntry.Origin.ADOPTED && origin == LedgerEntry.Origin.CREATED;
            boolean createdBefore = same && entry.origin == LedgerEntry.Origin.CREATED && origin == LedgerEntry.Origin.ADOPTED;
            entry.origin = createdBefore ? LedgerEntry.Origin.CREATED : origin;
            entry.detail = createdNow || !same || entry.detail == null ? detail : entry.detail;
            entry.intercomId = intercomId;
            entry.contentHash = contentHash;
            entry.persist();
            return entry;
        });
    }

    /**
     * Records, before a create, that the run is about to create the record's object. Should the
     * answer be lost, a retry that meets the object finds this intent and knows the object is its own.
     * Answers false when the intent (or the entry) was there already: another writer of the same
     * record in this run may have created the object.
     */
    public boolean intend(String runId, ObjectType type, String sourceId) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.getEntityManager().createNativeQuery("""
                        INSERT INTO ledger_entry (run_id, object_type, source_id, origin) VALUES (?1, ?2, ?3, 'CREATED')
                        ON CONFLICT (run_id, object_type, source_id) DO NOTHING
                        """).setParameter(1, runId).setParameter(2, type.wireName()).setParameter(3, sourceId)
                .executeUpdate() == 1);
    }

    /**
     * Records that the record's object existed in Intercom before the run (adopted), unless the run
     * already has an entry for the record: an intent, whose create (its answer lost) may be what was
     * found, or a write. Answers the entry as it now stands, so a caller finding it created knows the
     * object is the run's own.
     */
    public LedgerEntry adopt(String runId, ObjectType type, String sourceId, String intercomId, String contentHash, String detail) {
        QuarkusTransaction.requiringNew().run(() -> LedgerEntry.getEntityManager().createNativeQuery("""
                        INSERT INTO ledger_entry (run_id, object_type, source_id, intercom_id, content_hash, origin, detail)
                        VALUES (?1, ?2, ?3, ?4, ?5, 'ADOPTED', ?6)
                        ON CONFLICT (run_id, object_type, source_id) DO NOTHING
                        """).setParameter(1, runId).setParameter(2, type.wireName()).setParameter(3, sourceId)
                .setParameter(4, intercomId).setParameter(5, contentHash).setParameter(6, detail).executeUpdate());
        return find(runId, type, sourceId).orElseThrow();
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
                runId, type.wireName(), sourceId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (entry == null) {
            entry = new LedgerEntry();
            entry.runId = runId;
            entry.objectType = type.wireName();
            entry.sourceId = sourceId;
        }
        return entry;
    }
}
