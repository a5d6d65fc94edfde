package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.SourceRef;

/**
 * A record as it waits in staging, with where it came from and the id of the record it belongs to
 * ({@link StagedOwner}): a comment's ticket, a custom value's customer.
 */
public record StagedRecord(String runId, ObjectType objectType, String sourceId, String ownerId, SourceRow sourceRow, AteraRow row) {

    /** The ticket of a ticket, comment or work hour. */
    public String ticketId() {
        return ownerId;
    }

    public SourceRef ref() {
        return new SourceRef(objectType, sourceId, sourceRow);
    }

    public Envelope<AteraRow> envelope() {
        return Envelope.of(runId, objectType, sourceId, sourceRow, row);
    }
}
