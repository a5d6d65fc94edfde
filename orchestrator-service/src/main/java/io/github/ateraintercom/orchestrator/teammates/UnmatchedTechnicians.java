package io.github.ateraintercom.orchestrator.teammates;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.intercom.TeammateCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Puts the technicians the loaders could not match into their run's teammate queue. A redelivered
 * result refreshes what the loader said and never touches the operator's resolution.
 */
@ApplicationScoped
public class UnmatchedTechnicians {

    private static final String UPSERT = """
            INSERT INTO unmatched_technician (run_id, technician_id, source_file, source_line, email, name, active, reason)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS BOOLEAN), ?8)
            ON CONFLICT (run_id, technician_id) DO UPDATE SET
                source_file = excluded.source_file, source_line = excluded.source_line, email = excluded.email,
                name = excluded.name, active = excluded.active, reason = excluded.reason
            """;

    private final EntityManager entityManager;

    UnmatchedTechnicians(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Queues the result's technician when it carries one (it matched no teammate). Must run inside a transaction. */
    public void record(Envelope<LoadResult> result) {
        TeammateCommand technician = result.payload().technician();
        if (technician == null) {
            return;
        }
        entityManager.createNativeQuery(UPSERT)
                .setParameter(1, result.runId())
                .setParameter(2, result.sourceId())
                .setParameter(3, result.sourceRow().file())
                .setParameter(4, result.sourceRow().line())
                .setParameter(5, technician.email())
                .setParameter(6, technician.name())
                .setParameter(7, technician.active())
                .setParameter(8, result.payload().reason())
                .executeUpdate();
    }
}
