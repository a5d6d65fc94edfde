package io.github.ateraintercom.extractor.source;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.outcome.Reject;

/** Where an object's records and rejects go. */
public interface ExtractionSink {

    void record(Envelope<AteraRow> row);

    void reject(Envelope<Reject> reject);
}
