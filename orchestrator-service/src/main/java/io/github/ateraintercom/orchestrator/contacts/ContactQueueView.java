package io.github.ateraintercom.orchestrator.contacts;

import java.util.List;

/**
 * A run's contact reconciliation: {@code queued} contacts wait in the resolution queue;
 * {@code merged} contacts became the Intercom contact of another with the same email;
 * {@code ticketsOfResolvedEndUsers} were opened by a contact made from their end-user fields or by
 * a merged one; {@code ticketsHeldForTheirEndUser} wait until their end user is resolved.
 */
public record ContactQueueView(String runId, List<Entry> queued, List<Entry> merged, List<Entry> ticketsOfResolvedEndUsers,
                               List<Entry> ticketsHeldForTheirEndUser) {

    /** One source row: where it is, its Intercom id when it has one, why it waits, and what was decided. */
    public record Entry(String file, long line, String objectType, String sourceId, String intercomId, String reason, String detail) {
    }
}
