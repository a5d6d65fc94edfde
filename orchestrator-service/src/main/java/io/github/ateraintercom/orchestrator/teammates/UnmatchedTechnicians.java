package io.github.ateraintercom.orchestrator.teammates;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.intercom.TeammateCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import jakarta.enterprise.context.ApplicationScoped;
import io.github.ateraintercom.common.control.TeammateResolved;
import io.github.ateraintercom.orchestrator.control.ControlPublisher;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.Samples;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Puts the technicians the loaders could not match into their run's teammate queue. A redelivered
 * result refreshes what the loader said and never touches the operator's resolution. A technician the
 * operator resolved for a sample of the run, or for the run a sample samples, is resolved the same way.
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
    private final ControlPublisher control;

    UnmatchedTechnicians(EntityManager entityManager, ControlPublisher control) {
        this.entityManager = entityManager;
        this.control = control;
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
        carryOver(result.runId(), result.sourceId());
    }

    /**
     * Resolves a technician as the operator last resolved it for another run of the same family (a
     * sample, its parent's full run or another sample of it), so a resolution is made once: published
     * first, then stored, as an operator's is.
     */
    private void carryOver(String runId, String technicianId) {
        Run run = Run.findById(runId);
        UnmatchedTechnician queued = UnmatchedTechnician.of(runId, technicianId).orElse(null);
        if (run == null || queued == null || queued.resolvedAt != null) {
            return;
        }
        List<String> others = Samples.family(run).stream().filter(id -> !id.equals(runId)).toList();
        if (others.isEmpty()) {
            return;
        }
        UnmatchedTechnician.<UnmatchedTechnician>find("runId in ?1 and technicianId = ?2 and resolvedAt is not null order by resolvedAt desc",
                others, technicianId).firstResultOptional().ifPresent(earlier -> {
                    TeammateResolved resolution = new TeammateResolved(runId, technicianId, earlier.toFallback ? null : earlier.adminId);
                    control.publish(resolution);
                    queued.resolve(resolution);
                });
    }
}
