package io.github.ateraintercom.orchestrator.discovery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The latest discovery of a run's source; the report is kept as the extractor wrote it (JSON). */
@Entity
@Table(name = "run_discovery")
public class RunDiscovery extends PanacheEntityBase {

    @Id
    @Column(name = "run_id")
    public String runId;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "discovered_at")
    public OffsetDateTime discoveredAt;

    public String report;

    public String failure;

    /** requested (no answer yet), discovered, or failed. */
    public String state() {
        if (discoveredAt == null) {
            return "requested";
        }
        return failure == null ? "discovered" : "failed";
    }
}
