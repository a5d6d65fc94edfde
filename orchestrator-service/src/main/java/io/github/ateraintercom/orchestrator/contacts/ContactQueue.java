package io.github.ateraintercom.orchestrator.contacts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;

/**
 * What the operator reconciles about a run's contacts, read from the stored outcomes: contacts held
 * in the resolution queue (without email, when the run chose {@code queue}), contacts merged into
 * another with the same email, tickets opened by an end user the loader resolved (a contact made
 * from the ticket's end-user fields, or a merged one), and tickets held because their end user
 * matches no contact.
 */
@ApplicationScoped
public class ContactQueue {

    /** The transformer holds only queued contacts; everything the loader decided carries a detail. */
    private static final String ROWS = """
            SELECT CASE WHEN object_type = 'contact' AND outcome = 'HELD' AND stage = 'transform' THEN 'queued'
                        WHEN object_type = 'contact' THEN 'merged'
                        WHEN outcome = 'LOADED' THEN 'resolved'
                        ELSE 'held' END,
                   source_file, source_line, object_type, source_id, intercom_id, reason, detail
            FROM record_outcome
            WHERE run_id = ?1 AND (
                  (object_type = 'contact' AND outcome = 'HELD' AND stage = 'transform')
               OR (object_type = 'contact' AND outcome = 'LOADED' AND detail IS NOT NULL)
               OR (object_type = 'ticket' AND outcome IN ('LOADED', 'HELD') AND detail IS NOT NULL))
            ORDER BY source_file, source_line
            """;

    private final EntityManager entityManager;

    ContactQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public ContactQueueView of(String runId) {
        List<ContactQueueView.Entry> queued = new ArrayList<>();
        List<ContactQueueView.Entry> merged = new ArrayList<>();
        List<ContactQueueView.Entry> resolved = new ArrayList<>();
        List<ContactQueueView.Entry> held = new ArrayList<>();
        List<?> rows = entityManager.createNativeQuery(ROWS).setParameter(1, runId).getResultList();
        for (Object[] row : rows.stream().map(Object[].class::cast).toList()) {
            ContactQueueView.Entry entry = new ContactQueueView.Entry((String) row[1], ((Number) row[2]).longValue(), (String) row[3],
                    (String) row[4], (String) row[5], (String) row[6], (String) row[7]);
            switch ((String) row[0]) {
                case "queued" -> queued.add(entry);
                case "merged" -> merged.add(entry);
                case "resolved" -> resolved.add(entry);
                default -> held.add(entry);
            }
        }
        return new ContactQueueView(runId, queued, merged, resolved, held);
    }
}
