package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.intercom.SchemaCommand;
import io.github.ateraintercom.orchestrator.discovery.RunDiscovery;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunNotAwaitingConfirmation;
import io.github.ateraintercom.orchestrator.run.RunState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The versions of each run's mapping document: the first proposed from its discovery, each edit a
 * new version, a version confirmed once. Edits and confirmations of a run take its row lock, so
 * neither slips between another and the run's start.
 */
@ApplicationScoped
public class MappingVersions {

    /** A new version proposed from a discovery. Must run inside a transaction. */
    public void propose(String runId, DiscoveryReport report) {
        int version = RunMapping.latest(runId).map(latest -> latest.version + 1).orElse(1);
        store(runId, version, MappingProposer.propose(report));
    }

    /** The latest version; 404 before the run's source is discovered. */
    public MappingDocument latest(String runId) {
        return QuarkusTransaction.requiringNew().call(() -> document(latestOf(runId)));
    }

    /** Stores the edit as the next version, unconfirmed; InvalidMapping with the reason when it cannot be. */
    public MappingDocument edit(String runId, MappingDocument edit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Run run = awaitingConfirmation(runId);
            RunMapping latest = latestOf(runId);
            if (edit.version() != null && edit.version() != latest.version) {
                throw new MappingConflict("the edit is of version " + edit.version() + ", but the latest is version " + latest.version
                        + ": read it again and edit that");
            }
            RunDiscovery discovery = RunDiscovery.findById(runId);
            SourceColumns source = new SourceColumns(Json.read(discovery.report, DiscoveryReport.class));
            MappingContent content = MappingEdit.apply(Json.read(latest.content, MappingContent.class), source, latest.version + 1, edit);
            if (MappingChoices.FALLBACK.equals(content.choices().inactiveTechnicians()) && run.fallbackTeammate == null) {
                throw new InvalidMapping(null, null, "inactiveTechnicians 'fallback' sends inactive technicians' tickets to the run's "
                        + "fallback teammate, and run " + runId + " names none");
            }
            return document(store(runId, latest.version + 1, content));
        });
    }

    /** Confirms the latest version ({@code version}, when given, must be it); confirming it again changes nothing. */
    public MappingDocument confirm(String runId, Integer version) {
        return QuarkusTransaction.requiringNew().call(() -> {
            awaitingConfirmation(runId);
            RunMapping latest = latestOf(runId);
            if (version != null && version != latest.version) {
                throw new MappingConflict("version " + version + " is not the latest: version " + latest.version
                        + " is; read it and confirm that");
            }
            if (latest.confirmedAt == null) {
                latest.confirmedAt = OffsetDateTime.now();
            }
            return document(latest);
        });
    }

    /** What a run starts with: its latest version, which must be confirmed. Must run inside a transaction. */
    public MappingChoices confirmedChoices(String runId) {
        RunMapping latest = latestOf(runId);
        if (latest.confirmedAt == null) {
            throw new MappingConflict("mapping version " + latest.version + " is not confirmed"
                    + RunMapping.latestConfirmed(runId).map(confirmed -> "; version " + confirmed.version + " was").orElse("")
                    + ": confirm it before starting the run");
        }
        return ConfirmedChoices.of(latest.version, Json.read(latest.content, MappingContent.class));
    }

    /** What a sample of the run starts with: its latest version, confirmed or not. Must run inside a transaction. */
    public MappingChoices latestChoices(String runId) {
        RunMapping latest = latestOf(runId);
        return ConfirmedChoices.of(latest.version, Json.read(latest.content, MappingContent.class));
    }

    /** The custom attributes the latest version creates, each as the schema item of its model. Must run inside a transaction. */
    public List<SchemaCommand> attributes(String runId) {
        return AttributeClaims.of(Json.read(latestOf(runId).content, MappingContent.class)).stream()
                .map(claim -> SchemaCommand.attribute(claim.model(), claim.attribute())).toList();
    }

    /** The manifest of the latest confirmed version, else of the latest, flagged unconfirmed. */
    public AttributeManifest manifest(String runId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RunMapping mapping = RunMapping.latestConfirmed(runId).orElseGet(() -> latestOf(runId));
            return AttributeManifest.of(runId, mapping.version, mapping.confirmedAt != null,
                    Json.read(mapping.content, MappingContent.class));
        });
    }

    /** The manifest, as {@link #manifest}; empty for a run that follows the default map without a proposal. */
    public Optional<AttributeManifest> proposedManifest(String runId) {
        try {
            return Optional.of(manifest(runId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Run awaitingConfirmation(String runId) {
        Run run = Run.findById(runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new NotFoundException("no run " + runId);
        }
        if (run.state != RunState.AWAITING_CONFIRMATION) {
            throw new RunNotAwaitingConfirmation(runId, run.state);
        }
        return run;
    }

    private static RunMapping latestOf(String runId) {
        if (Run.findById(runId) == null) {
            throw new NotFoundException("no run " + runId);
        }
        return RunMapping.latest(runId).orElseThrow(() -> new NotFoundException("the source of run " + runId
                + " is not discovered yet: its mapping is proposed from the discovery"));
    }

    private static RunMapping store(String runId, int version, MappingContent content) {
        RunMapping mapping = new RunMapping();
        mapping.runId = runId;
        mapping.version = version;
        mapping.content = Json.write(content);
        mapping.createdAt = OffsetDateTime.now();
        mapping.persist();
        return mapping;
    }

    private static MappingDocument document(RunMapping mapping) {
        MappingContent content = Json.read(mapping.content, MappingContent.class);
        return new MappingDocument(mapping.runId, mapping.version, mapping.confirmedAt != null, mapping.confirmedAt, mapping.createdAt,
                content.files(), content.ticketStates(), content.choices(), content.findings(),
                AttributeManifest.warnings(AttributeManifest.attributes(content).size()));
    }
}
