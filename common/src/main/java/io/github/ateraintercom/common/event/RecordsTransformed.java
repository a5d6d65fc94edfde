package io.github.ateraintercom.common.event;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.SourceRow;

import java.util.List;

/**
 * Records the transformer turned into Intercom commands, told together: one event for many records
 * keeps the events topic from doubling the traffic of the commands themselves.
 */
public record RecordsTransformed(List<Transformed> records) implements MigrationEvent {

    public RecordsTransformed {
        records = List.copyOf(records);
    }

    /** One record, and what its transformation says (its command's topic, warnings and at-risk links). */
    public record Transformed(ObjectType objectType, String sourceId, SourceRow sourceRow, RecordTransformed outcome) {
    }
}
