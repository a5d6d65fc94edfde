package io.github.ateraintercom.orchestrator.teammates;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.TeammateResolved;
import io.github.ateraintercom.orchestrator.control.ControlPublisher;
import io.github.ateraintercom.orchestrator.phase.RunPhase;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An operator's resolution of a technician in a run's teammate queue: validated, published on
 * {@code migration.control} ({@link TeammateResolved}), then stored. It is published before it is
 * stored, and the run stays locked meanwhile, so the conversations phase, which opens only once every
 * resolution is stored, always opens after the loaders have been told them all. A resolution can be
 * changed until that phase opens.
 */
@ApplicationScoped
public class TeammateResolutions {

    private static final String EXPECTED = "{\"adminId\": \"<the teammate's id>\"} or {\"fallback\": true}";
    private static final Set<String> FIELDS = Set.of("adminId", "fallback");

    private final ControlPublisher control;

    TeammateResolutions(ControlPublisher control) {
        this.control = control;
    }

    @Transactional
    public TeammateQueueView.Entry resolve(String runId, String technicianId, JsonNode body) {
        Run run = Run.findById(runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw TeammateQueueRefusal.notFound("no run " + runId);
        }
        UnmatchedTechnician technician = UnmatchedTechnician.of(runId, technicianId).orElseThrow(() -> TeammateQueueRefusal.notFound(
                "technician " + technicianId + " is not in the teammate queue of run " + runId
                        + ": only technicians no Intercom teammate matched by email are"));
        TeammateResolved resolution = resolution(run, technicianId, body);
        if (run.state != RunState.EXTRACTING && run.state != RunState.LOADING) {
            throw TeammateQueueRefusal.closed("run " + runId + " is " + run.state + ": its teammate queue is closed");
        }
        if (RunPhase.ofRun(runId).stream().anyMatch(opened -> opened.phase == Phase.CONVERSATIONS)) {
            throw TeammateQueueRefusal.closed("the conversations phase of run " + runId + " is open: its teammates are settled "
                    + "for good, so every ticket of a technician goes to the same teammate");
        }
        control.publish(resolution);
        technician.resolve(resolution);
        return TeammateQueueView.Entry.of(technician);
    }

    /**
     * Gives a delta the resolutions the operator made for its base runs ({@code bases}, newest first:
     * the newest resolution of each technician wins): each published for the delta, then stored in its
     * queue as resolved, so the delta's conversations assign the same teammates without asking again.
     * Must run inside the transaction that creates the delta, before its extraction is ordered.
     */
    public void inherit(Run delta, List<String> bases) {
        Set<String> inherited = new HashSet<>();
        for (String base : bases) {
            for (UnmatchedTechnician resolved : UnmatchedTechnician.<UnmatchedTechnician>list("runId = ?1 and resolvedAt is not null", base)) {
                if (inherited.add(resolved.technicianId)) {
                    TeammateResolved resolution = new TeammateResolved(delta.id, resolved.technicianId, resolved.adminId);
                    control.publish(resolution);
                    UnmatchedTechnician copy = new UnmatchedTechnician();
                    copy.runId = delta.id;
                    copy.technicianId = resolved.technicianId;
                    copy.sourceFile = resolved.sourceFile;
                    copy.sourceLine = resolved.sourceLine;
                    copy.email = resolved.email;
                    copy.name = resolved.name;
                    copy.active = resolved.active;
                    copy.reason = "resolved for run " + base + ": " + resolved.reason;
                    copy.resolve(resolution);
                    copy.persist();
                }
            }
        }
    }

    private static TeammateResolved resolution(Run run, String technicianId, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw TeammateQueueRefusal.invalid("the body must be " + EXPECTED);
        }
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                unknown.add(field);
            }
        });
        if (!unknown.isEmpty()) {
            throw TeammateQueueRefusal.invalid(unknown + " are not part of a resolution: send " + EXPECTED);
        }
        JsonNode fallback = body.path("fallback");
        if (!fallback.isMissingNode() && !fallback.isNull() && !fallback.isBoolean()) {
            throw TeammateQueueRefusal.invalid("fallback must be true or false");
        }
        JsonNode admin = body.path("adminId");
        boolean named = !admin.isMissingNode() && !admin.isNull();
        if (fallback.asBoolean(false)) {
            if (named) {
                throw TeammateQueueRefusal.invalid("either adminId or fallback: technician " + technicianId
                        + "'s tickets go to one teammate");
            }
            if (run.fallbackTeammate == null) {
                throw TeammateQueueRefusal.invalid("run " + run.id + " names no fallback teammate, so technician " + technicianId
                        + " cannot be sent to it: map it to a teammate with {\"adminId\": \"<the teammate's id>\"}");
            }
            return new TeammateResolved(run.id, technicianId, null);
        }
        if (!named || admin.asText().isBlank()) {
            throw TeammateQueueRefusal.invalid("adminId is required: the id of the Intercom teammate (GET /admins) who takes technician "
                    + technicianId + "'s tickets, or {\"fallback\": true} for the run's fallback teammate");
        }
        String adminId = admin.isTextual() || admin.isIntegralNumber() ? admin.asText().strip() : "";
        if (!adminId.matches("[0-9]+")) {
            throw TeammateQueueRefusal.invalid("adminId " + admin + " is not an Intercom teammate id: a number, as GET /admins lists them");
        }
        return new TeammateResolved(run.id, technicianId, adminId);
    }
}
