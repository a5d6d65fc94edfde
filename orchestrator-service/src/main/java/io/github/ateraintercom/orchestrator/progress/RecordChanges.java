package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.outcome.LoadResult.Change;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a delta run did, or a dry run would do, with its records against its base runs: each record's
 * change (create, update, skip as unchanged), counted per run and per object, and listed. Every method
 * runs inside a transaction.
 */
@ApplicationScoped
public class RecordChanges {

    private static final String BY_OBJECT = """
            SELECT object_type, change, count(*) FROM record_outcome
            WHERE run_id = ?1 AND change IS NOT NULL GROUP BY object_type, change
            """;

    private static final String RECORDS = """
            SELECT source_file, source_line, object_type, source_id, outcome, change, intercom_id, COALESCE(reason, detail)
            FROM record_outcome WHERE run_id = ?1 AND outcome <> 'TRANSFORMED'
            ORDER BY object_type, source_file, source_line
            """;

    private final EntityManager entityManager;

    RecordChanges(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The run's records by change ({@code create}, {@code update}, {@code skip}); null for a run with no
     * base. A delta has one; so has a full run that kept samples, once the loaders told a change.
     */
    public Map<String, Long> totals(Run run) {
        Map<String, Map<Change, Long>> byObject = byObject(run.id);
        if (run.kind != RunKind.DELTA && byObject.isEmpty()) {
            return null;
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Change change : Change.values()) {
            totals.put(change.name().toLowerCase(Locale.ROOT), 0L);
        }
        byObject.values().forEach(counts -> counts.forEach((change, count) ->
                totals.merge(change.name().toLowerCase(Locale.ROOT), count, Long::sum)));
        return totals;
    }

    /** Per object, how many records got (or would get) each change; every change present, 0 when none. */
    public Map<String, Map<Change, Long>> byObject(String runId) {
        Map<String, Map<Change, Long>> objects = new TreeMap<>();
        List<?> rows = entityManager.createNativeQuery(BY_OBJECT).setParameter(1, runId).getResultList();
        rows.stream().map(Object[].class::cast).forEach(row -> objects.computeIfAbsent((String) row[0], object -> {
            Map<Change, Long> counts = new EnumMap<>(Change.class);
            for (Change change : Change.values()) {
                counts.put(change, 0L);
            }
            return counts;
        }).put(Change.valueOf((String) row[1]), ((Number) row[2]).longValue()));
        return objects;
    }

    /** Every record of the run that has an outcome, with its change (null: none, e.g. rejected) and Intercom id. */
    public List<ChangedRecord> records(String runId) {
        List<?> rows = entityManager.createNativeQuery(RECORDS).setParameter(1, runId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new ChangedRecord((String) row[0], ((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                        (String) row[4], row[5] == null ? null : Change.valueOf((String) row[5]), (String) row[6], (String) row[7]))
                .toList();
    }

    /** One record of a delta: where it came from, its outcome, its change, its Intercom id, and the reason or detail told of it. */
    public record ChangedRecord(String file, long line, String objectType, String sourceId, String outcome, Change change,
                                String intercomId, String detail) {
    }
}
