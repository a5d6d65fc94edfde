package io.github.ateraintercom.testsupport;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;

import java.util.LinkedHashMap;
import java.util.Map;

/** Raw records as the extractor publishes them, for tests that start downstream of it. */
public final class RawRows {

    private RawRows() {
    }

    /** A row of the object's export file whose columns keep the order given, as in a file. */
    public static Envelope<AteraRow> row(String runId, ObjectType type, String id, long line, String... columnsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            fields.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return Envelope.of(runId, type, id, new SourceRow(type.fileName(), line), new AteraRow(fields));
    }
}
