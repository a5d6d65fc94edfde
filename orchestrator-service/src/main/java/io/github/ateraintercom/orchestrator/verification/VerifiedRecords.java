package io.github.ateraintercom.orchestrator.verification;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.verification.RecordVerified;
import io.github.ateraintercom.common.verification.RecordVerified.Difference;
import io.github.ateraintercom.common.verification.RecordVerified.Outcome;
import io.github.ateraintercom.orchestrator.progress.OutcomeCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each record of a run's verification holds in Intercom against what was written, as the loaders
 * told it. A record told again (a resumed or repeated order) is updated, the word of the latest order
 * winning; only the records of the order asked about count, so a sample after a full verification
 * reports the sample. Must run inside a transaction.
 */
@ApplicationScoped
public class VerifiedRecords {

    private static final String UPSERT = """
            INSERT INTO verified_record (run_id, object_type, source_id, kind, intercom_id, outcome, differences, reason,
                                         verification_order, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb), ?8, ?9, now())
            ON CONFLICT (run_id, object_type, source_id) DO UPDATE SET
                kind = excluded.kind, intercom_id = excluded.intercom_id, outcome = excluded.outcome, differences = excluded.differences,
                reason = excluded.reason, verification_order = excluded.verification_order, updated_at = now()
            WHERE excluded.verification_order >= verified_record.verification_order
            """;

    private final EntityManager entityManager;

    VerifiedRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void record(RecordVerified record) {
        entityManager.createNativeQuery(UPSERT).setParameter(1, record.runId()).setParameter(2, record.objectType().wireName())
                .setParameter(3, record.sourceId()).setParameter(4, record.kind()).setParameter(5, record.intercomId())
                .setParameter(6, record.outcome().name()).setParameter(7, Json.write(record.differences()))
                .setParameter(8, record.reason()).setParameter(9, record.order()).executeUpdate();
    }

    /** How many records of the order had each outcome. */
    public Map<Outcome, Long> counts(String runId, int order) {
        return OutcomeCounts.of(Outcome.class, entityManager.createNativeQuery("""
                        SELECT outcome, count(*) FROM verified_record WHERE run_id = ?1 AND verification_order = ?2 GROUP BY outcome
                        """).setParameter(1, runId).setParameter(2, order).getResultList());
    }

    /** Per Atera object, in name order, how many records of the order had each outcome. */
    public Map<String, Map<Outcome, Long>> countsByObject(String runId, int order) {
        Map<String, Map<Outcome, Long>> counts = new LinkedHashMap<>();
        all(runId, order).forEach(record -> counts.computeIfAbsent(record.objectType(), object -> OutcomeCounts.of(Outcome.class, List.of()))
                .merge(record.outcome(), 1L, Long::sum));
        return counts;
    }

    /** Every record of the order, by Atera object then source id. */
    public List<VerifiedRecord> all(String runId, int order) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT object_type, source_id, kind, intercom_id, outcome, CAST(differences AS text), reason FROM verified_record
                        WHERE run_id = ?1 AND verification_order = ?2 ORDER BY object_type, source_id
                        """).setParameter(1, runId).setParameter(2, order).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new VerifiedRecord((String) row[0], (String) row[1], (String) row[2],
                (String) row[3], Outcome.valueOf((String) row[4]), Json.read((String) row[5], new TypeReference<List<Difference>>() { }),
                (String) row[6])).toList();
    }

    /**
     * One record as the report shows it: the Atera record it came from, the Intercom object it became,
     * the outcome, every field that differs and why it could not be compared.
     */
    public record VerifiedRecord(String objectType, String sourceId, String kind, String intercomId, Outcome outcome,
                                 List<Difference> differences, String reason) {
    }
}
