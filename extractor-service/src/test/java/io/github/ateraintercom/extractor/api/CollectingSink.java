package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.extractor.source.ExtractionSink;

import java.util.ArrayList;
import java.util.List;

/** Keeps what an extraction sends, in order, as the publisher would receive it. */
final class CollectingSink implements ExtractionSink {

    final List<Envelope<AteraRow>> records = new ArrayList<>();
    final List<Envelope<Reject>> rejects = new ArrayList<>();

    @Override
    public void record(Envelope<AteraRow> row) {
        records.add(row);
    }

    @Override
    public void reject(Envelope<Reject> reject) {
        rejects.add(reject);
    }

    List<Envelope<AteraRow>> records(ObjectType type) {
        return records.stream().filter(row -> row.objectType() == type).toList();
    }

    List<String> ids(ObjectType type) {
        return records(type).stream().map(Envelope::sourceId).toList();
    }

    Envelope<AteraRow> record(ObjectType type, String sourceId) {
        return records(type).stream().filter(row -> row.sourceId().equals(sourceId)).findFirst().orElseThrow(
                () -> new AssertionError("no " + type + " record " + sourceId + " among " + ids(type)));
    }
}
