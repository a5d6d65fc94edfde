package io.github.ateraintercom.orchestrator.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Records where each source row stands, keyed by its place in the export. Writes are idempotent
 * upserts, so a redelivered message changes nothing, and ranked, so order across topics does not matter.
 */
@ApplicationScoped
public class OutcomeStore {

    private static final String UPSERT = """
            INSERT INTO record_outcome (run_id, source_file, source_line, object_type, source_id, transformed,
                                        outcome, outcome_rank, stage, rule, reason, intercom_id, detail, change, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, now())
            ON CONFLICT (run_id, source_file, source_line) DO UPDATE SET
                transformed = record_outcome.transformed OR excluded.transformed,
                outcome = CASE WHEN excluded.outcome_rank >= record_outcome.outcome_rank
                               THEN excluded.outcome ELSE record_outcome.outcome END,
                stage = CASE WHEN excluded.outcome_rank >= record_outcome.outcome_rank
                             THEN excluded.stage ELSE record_outcome.stage END,
                rule = CASE WHEN excluded.outcome_rank >= record_outcome.outcome_rank
                            THEN excluded.rule ELSE record_outcome.rule END,
                reason = CASE WHEN excluded.outcome_rank >= record_outcome.outcome_rank
                              THEN excluded.reason ELSE record_outcome.reason END,
                detail = CASE WHEN excluded.outcome_rank >= record_outcome.outcome_rank
                              THEN excluded.detail ELSE record_outcome.detail END,
                change = CASE WHEN excluded.outcome_rank >= record_outcome.outcome_rank
                              THEN COALESCE(excluded.change, record_outcome.change) ELSE record_outcome.change END,
                intercom_id = COALESCE(excluded.intercom_id, record_outcome.intercom_id),
                outcome_rank = GREATEST(excluded.outcome_rank, record_outcome.outcome_rank),
                updated_at = now()
            """;

    private static final String COUNTS = """
            SELECT object_type,
                   count(*) FILTER (WHERE transformed),
                   count(*) FILTER (WHERE outcome = 'LOADED'),
                   count(*) FILTER (WHERE outcome = 'REJECTED'),
                   count(*) FILTER (WHERE outcome = 'FAILED'),
                   count(*) FILTER (WHERE outcome = 'HELD'),
                   count(*) FILTER (WHERE outcome = 'PLANNED')
            FROM record_outcome WHERE run_id = ?1 GROUP BY object_type
            """;

    private static final String SETTLED_BY_FILE = """
            SELECT source_file, count(*) FROM record_outcome
            WHERE run_id = ?1 AND outcome IN ('LOADED', 'PLANNED', 'REJECTED', 'FAILED', 'HELD') GROUP BY source_file
            """;

    private static final String UNSUCCESSFUL = """
            SELECT source_file, source_line, object_type, source_id, outcome, stage, rule, reason
            FROM record_outcome WHERE run_id = ?1 AND outcome IN ('REJECTED', 'FAILED', 'HELD')
            ORDER BY source_file, source_line
            """;

    private static final String IN_FLIGHT = """
            SELECT source_file, source_line, object_type, source_id, updated_at
            FROM record_outcome WHERE run_id = ?1 AND outcome = 'TRANSFORMED'
            ORDER BY source_file, source_line
            """;

    private static final String SETTLED_BY_LOADER = """
            SELECT count(*) FROM record_outcome
            WHERE run_id = ?1 AND stage = 'load' AND outcome IN ('LOADED', 'PLANNED', 'FAILED', 'HELD')
            """;

    private final EntityManager entityManager;

    OutcomeStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Must run inside a transaction. */
    public void record(RecordFact fact) {
        entityManager.createNativeQuery(UPSERT)
                .setParameter(1, fact.record().runId())
                .setParameter(2, fact.record().sourceRow().file())
                .setParameter(3, fact.record().sourceRow().line())
                .setParameter(4, fact.record().objectType().wireName())
                .setParameter(5, fact.record().sourceId())
                .setParameter(6, fact.transformed())
                .setParameter(7, fact.outcome().name())
                .setParameter(8, fact.outcome().rank())
                .setParameter(9, fact.stage())
                .setParameter(10, fact.rule())
                .setParameter(11, fact.reason())
                .setParameter(12, fact.intercomId())
                .setParameter(13, fact.detail())
                .setParameter(14, fact.change() == null ? null : fact.change().name())
                .executeUpdate();
    }

    /**
     * Puts the run's failed rows back in flight, for an operator's retry: their next outcome, whatever
     * it is, settles them again. Must run inside a transaction; answers how many there were.
     */
    public int reopenFailed(String runId) {
        return entityManager.createNativeQuery("""
                        UPDATE record_outcome SET outcome = 'TRANSFORMED', outcome_rank = 1, stage = NULL, rule = NULL,
                                                  reason = NULL, updated_at = now()
                        WHERE run_id = ?1 AND outcome = 'FAILED'
                        """).setParameter(1, runId).executeUpdate();
    }

    public List<ObjectCounts> counts(String runId) {
        List<?> rows = entityManager.createNativeQuery(COUNTS).setParameter(1, runId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new ObjectCounts((String) row[0], number(row[1]), number(row[2]), number(row[3]), number(row[4]),
                        number(row[5]), number(row[6])))
                .toList();
    }

    /** Per file, how many rows have reached a final outcome. */
    public Map<String, Long> settledByFile(String runId) {
        List<?> rows = entityManager.createNativeQuery(SETTLED_BY_FILE).setParameter(1, runId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .collect(Collectors.toMap(row -> (String) row[0], row -> number(row[1])));
    }

    /** Rows the loaders gave an outcome: what the run's Intercom calls were spent on. */
    public long settledByLoader(String runId) {
        return number(entityManager.createNativeQuery(SETTLED_BY_LOADER).setParameter(1, runId).getSingleResult());
    }

    public List<UnsuccessfulRecord> unsuccessful(String runId) {
        List<?> rows = entityManager.createNativeQuery(UNSUCCESSFUL).setParameter(1, runId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new UnsuccessfulRecord((String) row[0], number(row[1]), (String) row[2], (String) row[3],
                        (String) row[4], (String) row[5], (String) row[6], (String) row[7]))
                .toList();
    }

    /** The rows the transformer turned into commands that no loader has told an outcome of yet, named. */
    public List<UnsuccessfulRecord> inFlight(String runId) {
        List<?> rows = entityManager.createNativeQuery(IN_FLIGHT).setParameter(1, runId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new UnsuccessfulRecord((String) row[0], number(row[1]), (String) row[2], (String) row[3], "IN_FLIGHT",
                        "load", "awaiting-load", "transformed " + row[4] + "; no loader has told its outcome yet"))
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** How many rows of one object reached each stage; {@code planned} ones a dry run would write. */
    public record ObjectCounts(String objectType, long transformed, long loaded, long rejected, long failed, long held, long planned) {
    }
}
