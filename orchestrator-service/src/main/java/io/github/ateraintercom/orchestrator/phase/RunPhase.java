package io.github.ateraintercom.orchestrator.phase;

import io.github.ateraintercom.common.control.Phase;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** A phase a run has opened, and when it was done. */
@Entity
@Table(name = "run_phase")
@IdClass(RunPhase.Key.class)
public class RunPhase extends PanacheEntityBase {

    @Id
    @Column(name = "run_id")
    public String runId;

    @Id
    @Enumerated(EnumType.STRING)
    public Phase phase;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    /** When every record the phase writes had its outcome; null while some are still in flight. */
    @Column(name = "done_at")
    public OffsetDateTime doneAt;

    public static List<RunPhase> ofRun(String runId) {
        return list("runId", runId);
    }

    public record Key(String runId, Phase phase) implements Serializable {
    }
}
