package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.SourceRef;

/** A ticket, comment or work hour as it waits in staging, with where it came from. */
record StagedRecord(String runId, ObjectType objectType, String sourceId, String ticketId, SourceRow sourceRow, AteraRow row) {

    SourceRef ref() {
        return new SourceRef(objectType, sourceId, sourceRow);
    }

    Envelope<AteraRow> envelope() {
        return Envelope.of(runId, objectType, sourceId, sourceRow, row);
    }
}
