package io.github.ateraintercom.orchestrator.handoff;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the transformer told of the rows the hand-off reports list (a held row's columns, a
 * transformed row's facts), kept beside where each row stands. Rows without content write nothing.
 */
@ApplicationScoped
public class RecordContents {

    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() { };

    private final EntityManager entityManager;

    RecordContents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Must run inside a transaction. */
    public void record(Envelope<?> row, Map<String, String> content) {
        if (content.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                        INSERT INTO record_content (run_id, source_file, source_line, object_type, source_id, content)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (run_id, source_file, source_line) DO UPDATE SET content = excluded.content
                        """).setParameter(1, row.runId()).setParameter(2, row.sourceRow().file())
                .setParameter(3, row.sourceRow().line()).setParameter(4, row.objectType().wireName())
                .setParameter(5, row.sourceId()).setParameter(6, Json.write(content)).executeUpdate();
    }

    /** Every row of the object that has an outcome, in the export's order, with its content (empty when none was told). */
    public List<ContentRow> of(String runId, ObjectType type) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT o.source_file, o.source_line, o.source_id, o.outcome, o.reason, o.intercom_id, c.content
                        FROM record_outcome o LEFT JOIN record_content c
                          ON c.run_id = o.run_id AND c.source_file = o.source_file AND c.source_line = o.source_line
                        WHERE o.run_id = ?1 AND o.object_type = ?2 ORDER BY o.source_file, o.source_line
                        """).setParameter(1, runId).setParameter(2, type.wireName()).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new ContentRow((String) row[0], ((Number) row[1]).longValue(),
                (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                row[6] == null ? Map.of() : Json.read((String) row[6], FIELDS))).toList();
    }

    /**
     * One row: its place, where it stands ({@code outcome} as the reconciliation names it, the reason
     * of a held, rejected or failed row, the Intercom id of a loaded one) and its content.
     */
    public record ContentRow(String file, long line, String sourceId, String outcome, String reason, String intercomId,
                             Map<String, String> fields) {

        /** The trimmed value of a column or fact, or null when absent or blank. */
        public String value(String name) {
            String value = fields.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        public boolean loaded() {
            return "LOADED".equals(outcome);
        }
    }
}
