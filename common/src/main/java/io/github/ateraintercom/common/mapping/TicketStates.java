package io.github.ateraintercom.common.mapping;

import io.github.ateraintercom.common.control.MappingChoices;

import java.util.List;
import java.util.Locale;

/**
 * The Intercom state of an Atera ticket status: what the operator confirmed for it, else the default
 * map's: Open → open; Pending and any status containing "wait" → snoozed; Resolved and Closed →
 * closed; anything else → open. The proposal and the transformer both ask here, so they never differ.
 */
public final class TicketStates {

    public static final String OPEN = "open";
    public static final String SNOOZED = "snoozed";
    public static final String CLOSED = "closed";
    /** Every state a ticket status can be confirmed to. */
    public static final List<String> ALL = List.of(OPEN, SNOOZED, CLOSED);

    private TicketStates() {
    }

    public static String of(String status, MappingChoices confirmed) {
        if (status != null && confirmed != null && confirmed.ticketStates().containsKey(status.strip())) {
            return confirmed.ticketStates().get(status.strip());
        }
        return byDefault(status).state();
    }

    /** The default map's state for a status, with how sure it is and why. */
    public static Proposal byDefault(String status) {
        if (status == null) {
            return new Proposal(OPEN, 1.0, "a ticket without status stays open");
        }
        String normalised = status.strip().toLowerCase(Locale.ROOT);
        return switch (normalised) {
            case "open" -> new Proposal(OPEN, 1.0, "built-in status");
            case "pending" -> new Proposal(SNOOZED, 1.0, "built-in status: waits on someone");
            case "resolved", "closed" -> new Proposal(CLOSED, 1.0, "built-in status");
            default -> normalised.contains("wait")
                    ? new Proposal(SNOOZED, 0.8, "custom status that waits on someone")
                    : new Proposal(OPEN, 0.5, "custom status with no known meaning: confirm it");
        };
    }

    public record Proposal(String state, double confidence, String reason) {
    }
}
