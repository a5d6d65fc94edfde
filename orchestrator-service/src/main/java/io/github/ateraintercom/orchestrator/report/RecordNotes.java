package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.event.RecordTransformed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * The warnings and at-risk links the transformer attached to rows that still migrate, kept for the
 * run's reports. Most rows have none: nothing is written for them.
 */
@ApplicationScoped
public class RecordNotes {

    /** The kinds of note. */
    public enum Kind { WARNING, AT_RISK_LINK }

    private final EntityManager entityManager;

    RecordNotes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Must run inside a transaction. */
    public void record(Envelope<RecordTransformed> row) {
        row.payload().warnings().forEach(warning -> insert(row, Kind.WARNING, warning));
        row.payload().atRiskLinks().forEach(link -> insert(row, Kind.AT_RISK_LINK, link));
    }

    /** The run's notes of one kind, in the export's order. */
    public List<RecordNote> of(String runId, Kind kind) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT source_file, source_line, object_type, source_id, note FROM record_note
                        WHERE run_id = ?1 AND kind = ?2 ORDER BY source_file, source_line, note
                        """).setParameter(1, runId).setParameter(2, kind.name()).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new RecordNote((String) row[0], ((Number) row[1]).longValue(),
                (String) row[2], (String) row[3], (String) row[4])).toList();
    }

    private void insert(Envelope<RecordTransformed> row, Kind kind, String note) {
        entityManager.createNativeQuery("""
                        INSERT INTO record_note (run_id, source_file, source_line, object_type, source_id, kind, note)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING
                        """).setParameter(1, row.runId()).setParameter(2, row.sourceRow().file())
                .setParameter(3, row.sourceRow().line()).setParameter(4, row.objectType().wireName())
                .setParameter(5, row.sourceId()).setParameter(6, kind.name()).setParameter(7, note).executeUpdate();
    }

    /** One note about one row. */
    public record RecordNote(String file, long line, String objectType, String sourceId, String note) {
    }
}
