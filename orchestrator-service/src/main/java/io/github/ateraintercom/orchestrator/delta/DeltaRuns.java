package io.github.ateraintercom.orchestrator.delta;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.orchestrator.control.ControlPublisher;
import io.github.ateraintercom.orchestrator.mapping.MappingVersions;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunKind;
import io.github.ateraintercom.orchestrator.run.RunService;
import io.github.ateraintercom.orchestrator.run.RunState;
import io.github.ateraintercom.orchestrator.run.WorkspaceBusy;
import io.github.ateraintercom.orchestrator.schema.RunSchema;
import io.github.ateraintercom.orchestrator.teammates.TeammateResolutions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Starts a delta of a run: a run of kind DELTA that reads the base's source again (a newer export, or
 * what Atera's API says was modified since) and writes to the base's workspace with the base's
 * settings and confirmed mapping, without a discovery or a confirmation. Its loaders create what is
 * new, update what changed and skip what did not, against the records its base runs wrote; a dry run
 * only tells which. It is started at once: the base's teammate resolutions and its schema are
 * published for it, then its {@link RunStarted} with the base runs, in one transaction with the run
 * locked to its base, so a delta never starts without them.
 */
@ApplicationScoped
public class DeltaRuns {

    /** What Atera's FromLastModifiedDate accepts, to the second. */
    private static final DateTimeFormatter MODIFIED_SINCE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final ControlPublisher control;
    private final MappingVersions mappings;
    private final RunSchema schema;
    private final TeammateResolutions teammates;

    DeltaRuns(ControlPublisher control, MappingVersions mappings, RunSchema schema, TeammateResolutions teammates) {
        this.control = control;
        this.mappings = mappings;
        this.schema = schema;
        this.teammates = teammates;
    }

    /**
     * The delta of run {@code baseId}, EXTRACTING. 400 for a body that is not right, 404 for an unknown
     * base, 409 for a base whose records are not in place, or while its workspace has an unfinished run.
     */
    public Run start(String baseId, JsonNode body) {
        DeltaRequest request = DeltaRequest.of(body);
        try {
            return QuarkusTransaction.requiringNew().call(() -> start(baseId, request));
        } catch (WorkspaceBusy | NotADeltaBase | NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            // a run of the same workspace started meanwhile and the unique index refused this one
            QuarkusTransaction.requiringNew().run(() -> {
                Run base = Run.findById(baseId);
                RunService.refuseIfBusy(base.targetBaseUrl, base.tokenSecret);
            });
            throw e;
        }
    }

    private Run start(String baseId, DeltaRequest request) {
        Run base = Run.findById(baseId, LockModeType.PESSIMISTIC_WRITE);
        if (base == null) {
            throw new NotFoundException("no run " + baseId);
        }
        DeltaBases.requireBase(base);
        request.checkedAgainst(base);
        RunService.refuseIfBusy(base.targetBaseUrl, base.tokenSecret);
        Run delta = persist(base, request);
        List<String> baseRuns = DeltaBases.chain(base);
        teammates.inherit(delta, baseRuns);
        MappingChoices mapping = base.confirmedMapping == null ? null : Json.read(base.confirmedMapping, MappingChoices.class);
        if (mapping != null) {
            Run owner = DeltaBases.mappingOwner(base);
            schema.declare(delta.id, owner.id, mappings.attributes(owner.id), mapping);
        }
        control.publish(new RunStarted(delta.id, delta.sourceDirectory, delta.accountTimeZone, delta.targetBaseUrl, delta.tokenSecret,
                SourceKind.fromWireName(delta.sourceKind), delta.ateraBaseUrl, delta.ateraKeySecret, delta.modifiedSince,
                delta.fallbackTeammate, mapping, null, baseRuns, delta.dryRun));
        delta.moveTo(RunState.EXTRACTING);
        return delta;
    }

    private static Run persist(Run base, DeltaRequest request) {
        Run delta = Run.following(base, RunKind.DELTA);
        delta.id = UUID.randomUUID().toString();
        delta.dryRun = request.dryRun();
        if (SourceKind.fromWireName(base.sourceKind) == SourceKind.EXPORT_DIRECTORY) {
            delta.sourceDirectory = request.sourceDirectory();
        } else {
            delta.ateraBaseUrl = base.ateraBaseUrl;
            delta.ateraKeySecret = base.ateraKeySecret;
            delta.modifiedSince = request.modifiedSince() != null ? request.modifiedSince() : startOf(base);
        }
        delta.confirmedMapping = base.confirmedMapping;
        delta.createdAt = OffsetDateTime.now();
        delta.moveTo(RunState.CREATED);
        // flushed now, so the one-unfinished-run-per-workspace index refuses a race before anything is published
        delta.persistAndFlush();
        return delta;
    }

    /**
     * When the base run was created, in its account's time zone: before its extraction began, so a
     * record modified while it ran is read again (and skipped when it did not change) rather than missed.
     */
    private static String startOf(Run base) {
        return base.createdAt.atZoneSameInstant(ZoneId.of(base.accountTimeZone)).toLocalDateTime().format(MODIFIED_SINCE);
    }
}
