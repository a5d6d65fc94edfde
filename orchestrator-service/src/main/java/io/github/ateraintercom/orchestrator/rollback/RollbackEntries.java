package io.github.ateraintercom.orchestrator.rollback;

import io.github.ateraintercom.common.rollback.EntryRolledBack;
import io.github.ateraintercom.common.rollback.EntryRolledBack.Outcome;
import io.github.ateraintercom.orchestrator.progress.OutcomeCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;

/**
 * What a run's rollback did with each ledger entry, as the loaders told it. An entry told again
 * (a resumed or repeated order) is updated, and the word of the latest order wins, so an entry that
 * failed under one order and was removed under the next reads removed. Must run inside a transaction.
 */
@ApplicationScoped
public class RollbackEntries {

    private static final String UPSERT = """
            INSERT INTO rollback_entry (run_id, object_type, source_id, kind, intercom_id, outcome, reason, rollback_order, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now())
            ON CONFLICT (run_id, object_type, source_id) DO UPDATE SET
                kind = excluded.kind, intercom_id = excluded.intercom_id, outcome = excluded.outcome,
                reason = excluded.reason, rollback_order = excluded.rollback_order, updated_at = now()
            WHERE excluded.rollback_order >= rollback_entry.rollback_order
            """;

    private final EntityManager entityManager;

    RollbackEntries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void record(EntryRolledBack entry) {
        entityManager.createNativeQuery(UPSERT).setParameter(1, entry.runId()).setParameter(2, entry.objectType().wireName())
                .setParameter(3, entry.sourceId()).setParameter(4, entry.kind()).setParameter(5, entry.intercomId())
                .setParameter(6, entry.outcome().name()).setParameter(7, entry.reason()).setParameter(8, entry.order())
                .executeUpdate();
    }

    /** How many entries had each outcome. */
    public Map<Outcome, Long> counts(String runId) {
        return OutcomeCounts.of(Outcome.class, entityManager.createNativeQuery(
                "SELECT outcome, count(*) FROM rollback_entry WHERE run_id = ?1 GROUP BY outcome").setParameter(1, runId).getResultList());
    }

    /** Every entry, in the order the rollback takes them: by kind as told, then by source. */
    public List<RolledBackEntry> all(String runId) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT kind, object_type, source_id, intercom_id, outcome, reason FROM rollback_entry
                        WHERE run_id = ?1 ORDER BY outcome, kind, object_type, source_id
                        """).setParameter(1, runId).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new RolledBackEntry((String) row[0], (String) row[1], (String) row[2],
                (String) row[3], Outcome.valueOf((String) row[4]), (String) row[5])).toList();
    }

    /** One entry as the report shows it: the Intercom object, the Atera record it came from, what became of it and why. */
    public record RolledBackEntry(String kind, String objectType, String sourceId, String intercomId, Outcome outcome, String reason) {
    }
}
