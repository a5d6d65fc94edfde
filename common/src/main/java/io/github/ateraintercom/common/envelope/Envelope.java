package io.github.ateraintercom.common.envelope;

import io.github.ateraintercom.common.atera.ObjectType;

/**
 * What every record topic carries: the run it belongs to, the Atera object and id it came from,
 * where in the source it was read, and the payload of the current stage.
 */
public record Envelope<P>(
        String runId,
        ObjectType objectType,
        String sourceId,
        SourceRow sourceRow,
        int schemaVersion,
        P payload) {

    public static final int SCHEMA_VERSION = 1;

    public static <P> Envelope<P> of(String runId, ObjectType objectType, String sourceId, SourceRow sourceRow, P payload) {
        return new Envelope<>(runId, objectType, sourceId, sourceRow, SCHEMA_VERSION, payload);
    }

    /** The same record at the next stage of the pipeline. */
    public <Q> Envelope<Q> withPayload(Q next) {
        return new Envelope<>(runId, objectType, sourceId, sourceRow, schemaVersion, next);
    }
}
