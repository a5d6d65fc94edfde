package io.github.ateraintercom.orchestrator.discovery;

import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.envelope.Json;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

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

    /** The report of the run's discovery; empty when none was asked for, answered yet, or it failed. */
    public static Optional<DiscoveryReport> reportOf(String runId) {
        RunDiscovery discovery = findById(runId);
        return discovery == null || discovery.report == null ? Optional.empty()
                : Optional.of(Json.read(discovery.report, DiscoveryReport.class));
    }

    /** requested (no answer yet), discovered, or failed. */
    public String state() {
        if (discoveredAt == null) {
            return "requested";
        }
        return failure == null ? "discovered" : "failed";
    }
}
