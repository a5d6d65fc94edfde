package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.outcome.Reject;

/** Where a file's rows and rejects go. */
interface ExtractionSink {

    void record(Envelope<AteraRow> row);

    void reject(Envelope<Reject> reject);
}
