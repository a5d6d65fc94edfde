package io.github.ateraintercom.orchestrator.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.control.DiscoveryRequested;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.event.SourceDiscovered;
import io.github.ateraintercom.orchestrator.control.ControlPublisher;
import io.github.ateraintercom.orchestrator.run.Run;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/** Asks the extractor to discover a run's source, and keeps the answer. */
@ApplicationScoped
public class Discoveries {

    private final ControlPublisher control;

    Discoveries(ControlPublisher control) {
        this.control = control;
    }

    /** Records the request, then orders it; a newer request replaces an older report. */
    public void request(Run run) {
        QuarkusTransaction.requiringNew().run(() -> {
            RunDiscovery discovery = RunDiscovery.findById(run.id);
            if (discovery == null) {
                discovery = new RunDiscovery();
                discovery.runId = run.id;
            }
            discovery.requestedAt = OffsetDateTime.now();
            discovery.discoveredAt = null;
            discovery.report = null;
            discovery.failure = null;
            discovery.persist();
        });
        control.publish(new DiscoveryRequested(run.id, run.sourceDirectory, run.accountTimeZone, SourceKind.fromWireName(run.sourceKind),
                run.ateraBaseUrl, run.ateraKeySecret, run.modifiedSince));
    }

    /** Must run inside a transaction. */
    public void answered(String runId, SourceDiscovered discovered) {
        RunDiscovery discovery = RunDiscovery.findById(runId);
        if (discovery == null) {
            discovery = new RunDiscovery();
            discovery.runId = runId;
            discovery.requestedAt = OffsetDateTime.now();
        }
        discovery.discoveredAt = OffsetDateTime.now();
        discovery.failure = discovered.failure();
        discovery.report = discovered.report() == null ? null : Json.write(discovered.report());
        discovery.persist();
    }

    public DiscoveryView view(RunDiscovery discovery) {
        return new DiscoveryView(discovery.runId, discovery.state(), discovery.requestedAt, discovery.discoveredAt,
                discovery.report == null ? null : Json.read(discovery.report, JsonNode.class), discovery.failure);
    }
}
