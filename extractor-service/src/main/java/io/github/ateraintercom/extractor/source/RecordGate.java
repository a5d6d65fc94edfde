package io.github.ateraintercom.extractor.source;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.outcome.Stage;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Lets one object's rows through to the sink, whatever they were read from: a row with its id is
 * published, a row without one or with an id already seen is rejected with its place and reason.
 * Every row is counted as one or the other, so the source balances.
 */
public final class RecordGate implements AutoCloseable {

    private final String runId;
    private final ObjectType type;
    private final String source;
    private final ExtractionSink sink;
    private final SeenIds seen = new SeenIds();
    private long published;
    private long rejected;

    /** {@code source} is the stable name rows are attributed to, e.g. {@code customers.csv}. */
    public RecordGate(String runId, ObjectType type, String source, ExtractionSink sink) {
        this.runId = runId;
        this.type = type;
        this.source = source;
        this.sink = sink;
    }

    /** A row read whole; {@code original} is how a reject shows it, spelled out only for a reject. */
    public void row(long line, Map<String, String> fields, Supplier<String> original) {
        RecordIdentity.Result identity = RecordIdentity.of(type, fields);
        if (identity instanceof RecordIdentity.Missing missing) {
            bad(line, missing.column(), "missing-key", missing.column() + missing.problem(), original.get());
            return;
        }
        String id = ((RecordIdentity.Id) identity).value();
        Long firstLine = seen.firstSeen(id, line);
        if (firstLine != null) {
            // a single key column is named; a composite id (a comment's) belongs to the row as a whole
            String column = type.keyColumns().size() == 1 ? type.keyColumns().get(0) : null;
            String what = column != null ? column : type.wireName().replace('_', ' ');
            reject(line, id, column, "duplicate-key", "duplicate " + what + " " + id + ", already read at line " + firstLine, original.get());
            return;
        }
        published++;
        sink.record(Envelope.of(runId, type, id, new SourceRow(source, line), new AteraRow(fields)));
    }

    /** A row that cannot be used; {@code column} is null when the fault is the row as a whole. */
    public void bad(long line, String column, String rule, String message, String original) {
        reject(line, null, column, rule, message, original);
    }

    /** Lets go of the ids read, and of any file they were spilled to. */
    @Override
    public void close() {
        seen.close();
    }

    public long published() {
        return published;
    }

    public long rejected() {
        return rejected;
    }

    /** A row without a usable id is identified by its location, which is unique within the run. */
    private void reject(long line, String id, String column, String rule, String message, String original) {
        rejected++;
        SourceRow row = new SourceRow(source, line);
        String where = source + " line " + line + (column == null ? "" : " column " + column);
        sink.reject(Envelope.of(runId, type, id != null ? id : row.toString(), row,
                new Reject(Stage.EXTRACT, rule, column, where + ": " + message, original)));
    }
}
