package io.github.ateraintercom.loader.conversation;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.TeammateResolved;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.loader.control.TeammateResolutions;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.teammate.Teammates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Intercom ids a conversation refers to, resolved through the ledger: its contact, the contact
 * of every contact comment, the teammate of every technician, and the teammate who acts for the
 * conversation (its assignee, else the fallback); in a delta, what the newest base run wrote when the
 * delta itself did not (an unchanged contact an API delta never sees). A technician is its match in the ledger, else what
 * the operator resolved in the run's teammate queue (a teammate, which must exist, or the fallback),
 * else the run's fallback teammate: a technician that never reached the queue (rejected for having
 * no email, or missing from the roster). A reference that cannot be resolved is a reason to hold the
 * conversation; nothing is guessed.
 */
final class References {

    private final String runId;
    private final List<String> baseRuns;
    private final Ledger ledger;
    private final Teammates teammates;
    private final IntercomTarget target;
    private final TeammateResolutions resolutions;
    private final String fallbackAdminId;
    /** Ledger answers by object and source id: a conversation names the same few people in every part. */
    private final Map<String, Optional<String>> written = new HashMap<>();

    private References(String runId, List<String> baseRuns, Ledger ledger, Teammates teammates, IntercomTarget target, TeammateResolutions resolutions,
                       String fallbackAdminId) {
        this.runId = runId;
        this.baseRuns = baseRuns;
        this.ledger = ledger;
        this.teammates = teammates;
        this.target = target;
        this.resolutions = resolutions;
        this.fallbackAdminId = fallbackAdminId;
    }

    /** Thrown when a reference cannot be resolved: the conversation is held with this message. */
    static final class Unresolved extends RuntimeException {
        Unresolved(String reason) {
            super(reason, null, false, false);
        }
    }

    static References of(String runId, List<String> baseRuns, Ledger ledger, Teammates teammates, IntercomTarget target, String fallbackTeammate,
                         TeammateResolutions resolutions) {
        String fallbackAdminId = null;
        if (fallbackTeammate != null) {
            fallbackAdminId = teammates.adminId(target, fallbackTeammate).orElseThrow(() -> new Unresolved(
                    "the run's fallback teammate " + fallbackTeammate + " is not a teammate of the workspace"));
        }
        return new References(runId, baseRuns, ledger, teammates, target, resolutions, fallbackAdminId);
    }

    String contact(String endUserId) {
        return written(ObjectType.CONTACT, endUserId).orElseThrow(() -> new Unresolved(
                "contact EndUserID " + endUserId + " is not in Intercom: it was rejected, failed or held"));
    }

    /** The assignee: the technician's teammate, else the fallback; null when there is neither (unassigned). */
    String assignee(ConversationCommand command) {
        return command.technicianId() == null ? fallbackAdminId
                : teammate(command.technicianId()).orElse(fallbackAdminId);
    }

    /** Who writes a technician's or a system's part. */
    String author(ConversationPart part, String assignee) {
        if (part.author() == ConversationPart.Author.TECHNICIAN) {
            return teammate(part.authorId()).or(() -> Optional.ofNullable(fallbackAdminId))
                    .orElseThrow(() -> new Unresolved("technician " + part.authorId()
                            + " matches no Intercom teammate and the run names no fallback teammate"));
        }
        return acting(assignee);
    }

    /** The teammate who performs actions (notes without author, tags, assignment, closing). */
    String acting(String assignee) {
        if (assignee != null) {
            return assignee;
        }
        throw new Unresolved("the ticket has no teammate to act for it and the run names no fallback teammate");
    }

    /** The technician's teammate: matched by email, else as the operator resolved it; empty when neither. */
    private Optional<String> teammate(String technicianId) {
        return written(ObjectType.TECHNICIAN, technicianId)
                .or(() -> resolutions.of(runId, technicianId).map(resolved -> resolved(technicianId, resolved)));
    }

    private String resolved(String technicianId, TeammateResolved resolution) {
        if (resolution.toFallback()) {
            if (fallbackAdminId == null) {
                throw new Unresolved("technician " + technicianId + " was sent to the fallback teammate in the teammate queue, "
                        + "but the run names none");
            }
            return fallbackAdminId;
        }
        if (!teammates.exists(target, resolution.adminId())) {
            throw new Unresolved("technician " + technicianId + " is mapped to teammate " + resolution.adminId()
                    + " in the teammate queue, but the workspace has no teammate " + resolution.adminId());
        }
        return resolution.adminId();
    }

    private Optional<String> written(ObjectType type, String sourceId) {
        return written.computeIfAbsent(type.wireName() + "/" + sourceId,
                key -> ledger.resolve(runId, baseRuns, type, sourceId).map(entry -> entry.intercomId));
    }
}
