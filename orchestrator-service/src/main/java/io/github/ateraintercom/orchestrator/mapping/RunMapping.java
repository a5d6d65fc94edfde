package io.github.ateraintercom.orchestrator.mapping;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One version of a run's mapping document; {@code content} is a {@link MappingContent} as JSON. */
@Entity
@Table(name = "run_mapping")
public class RunMapping extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id", nullable = false)
    public String runId;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String content;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Null until an operator confirms this version. */
    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    static Optional<RunMapping> latest(String runId) {
        return find("runId = ?1 order by version desc", runId).firstResultOptional();
    }

    /** The latest confirmed version, which may be older than the latest. */
    static Optional<RunMapping> latestConfirmed(String runId) {
        return find("runId = ?1 and confirmedAt is not null order by version desc", runId).firstResultOptional();
    }
}
