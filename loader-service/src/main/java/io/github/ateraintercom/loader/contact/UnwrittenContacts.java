package io.github.ateraintercom.loader.contact;

import io.github.ateraintercom.common.outcome.LoadResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The contacts that came through the contacts topic but were not written (held or failed), with the
 * reason. This is how a ticket's end user is told apart: written (in the ledger), came but was not
 * written (here), or unknown to the run (not in the export, or rejected by the transformer, so never
 * sent). Every contact is settled before the conversations phase opens, so the answer is complete then.
 */
@ApplicationScoped
public class UnwrittenContacts {

    private final EntityManager entityManager;

    UnwrittenContacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void record(String runId, String sourceId, LoadResult result) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO unwritten_contact (run_id, source_id, status, reason) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (run_id, source_id) DO UPDATE SET status = excluded.status, reason = excluded.reason
                        """).setParameter(1, runId).setParameter(2, sourceId).setParameter(3, result.status().name())
                .setParameter(4, result.reason()).executeUpdate());
    }

    /** Why the contact was not written, e.g. "held: its company ... is not in Intercom"; empty when it was never unwritten. */
    Optional<String> why(String runId, String sourceId) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT status, reason FROM unwritten_contact WHERE run_id = ?1 AND source_id = ?2")
                .setParameter(1, runId).setParameter(2, sourceId).getResultList());
        return rows.stream().map(Object[].class::cast)
                .map(row -> ((String) row[0]).toLowerCase(Locale.ROOT) + ": " + row[1]).findFirst();
    }
}
