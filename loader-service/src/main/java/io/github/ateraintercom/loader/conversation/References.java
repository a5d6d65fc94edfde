package io.github.ateraintercom.loader.conversation;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.teammate.Teammates;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Intercom ids a conversation refers to, resolved through the ledger: its contact, the contact
 * of every contact comment, the teammate of every technician (or the run's fallback teammate when
 * none matches), and the teammate who acts for the conversation (its assignee, else the fallback).
 * A reference that cannot be resolved is a reason to hold the conversation; nothing is guessed.
 */
final class References {

    private final String runId;
    private final Ledger ledger;
    private final String fallbackAdminId;
    /** Ledger answers by object and source id: a conversation names the same few people in every part. */
    private final Map<String, Optional<String>> written = new HashMap<>();

    private References(String runId, Ledger ledger, String fallbackAdminId) {
        this.runId = runId;
        this.ledger = ledger;
        this.fallbackAdminId = fallbackAdminId;
    }

    /** Thrown when a reference cannot be resolved: the conversation is held with this message. */
    static final class Unresolved extends RuntimeException {
        Unresolved(String reason) {
            super(reason, null, false, false);
        }
    }

    static References of(String runId, Ledger ledger, Teammates teammates, IntercomTarget target, String fallbackTeammate) {
        String fallbackAdminId = null;
        if (fallbackTeammate != null) {
            fallbackAdminId = teammates.adminId(target, fallbackTeammate).orElseThrow(() -> new Unresolved(
                    "the run's fallback teammate " + fallbackTeammate + " is not a teammate of the workspace"));
        }
        return new References(runId, ledger, fallbackAdminId);
    }

    String contact(String endUserId) {
        return written(ObjectType.CONTACT, endUserId).orElseThrow(() -> new Unresolved(
                "contact EndUserID " + endUserId + " is not in Intercom: it was rejected, failed or held"));
    }

    /** The assignee: the technician's teammate, else the fallback; null when there is neither (unassigned). */
    String assignee(ConversationCommand command) {
        return command.technicianId() == null ? fallbackAdminId
                : written(ObjectType.TECHNICIAN, command.technicianId()).orElse(fallbackAdminId);
    }

    /** Who writes a technician's or a system's part. */
    String author(ConversationPart part, String assignee) {
        if (part.author() == ConversationPart.Author.TECHNICIAN) {
            return written(ObjectType.TECHNICIAN, part.authorId()).or(() -> Optional.ofNullable(fallbackAdminId))
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

    private Optional<String> written(ObjectType type, String sourceId) {
        return written.computeIfAbsent(type.wireName() + "/" + sourceId,
                key -> ledger.find(runId, type, sourceId).filter(LedgerEntry::written).map(entry -> entry.intercomId));
    }
}
