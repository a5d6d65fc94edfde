package io.github.ateraintercom.orchestrator.teammates;

import io.github.ateraintercom.common.control.TeammateResolved;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A technician of a run's teammate queue, and how an operator resolved it (unresolved while {@code resolvedAt} is null). */
@Entity
@Table(name = "unmatched_technician")
@IdClass(UnmatchedTechnician.Key.class)
public class UnmatchedTechnician extends PanacheEntityBase {

    @Id
    @Column(name = "run_id")
    public String runId;

    @Id
    @Column(name = "technician_id")
    public String technicianId;

    @Column(name = "source_file", nullable = false)
    public String sourceFile;

    @Column(name = "source_line", nullable = false)
    public long sourceLine;

    public String email;

    public String name;

    /** False for a technician Atera marks inactive; null when the source does not say. */
    public Boolean active;

    /** Why the loader could not match it. */
    public String reason;

    /** The teammate the operator mapped it to; null when unresolved or sent to the fallback. */
    @Column(name = "admin_id")
    public String adminId;

    @Column(name = "to_fallback", nullable = false)
    public boolean toFallback;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    static List<UnmatchedTechnician> ofRun(String runId) {
        return list("runId = ?1 order by sourceFile, sourceLine", runId);
    }

    static Optional<UnmatchedTechnician> of(String runId, String technicianId) {
        return find("runId = ?1 and technicianId = ?2", runId, technicianId).firstResultOptional();
    }

    static long unresolved(String runId) {
        return count("runId = ?1 and resolvedAt is null", runId);
    }

    void resolve(TeammateResolved resolution) {
        adminId = resolution.adminId();
        toFallback = resolution.toFallback();
        resolvedAt = OffsetDateTime.now();
    }

    public record Key(String runId, String technicianId) implements Serializable {
    }
}
