package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.outcome.LoadResult;

/**
 * One fact learnt about one source row, from any topic; {@code detail} is what the loader decided
 * about it beyond its outcome, for the contact reconciliation (null: nothing); {@code change} what a delta
 * did, or a dry run would do, with it (null: a run with no base).
 */
public record RecordFact(Envelope<?> record, Outcome outcome, String stage, String rule, String reason, String intercomId,
                         String detail, LoadResult.Change change) {

    public RecordFact(Envelope<?> record, Outcome outcome, String stage, String rule, String reason, String intercomId,
                      String detail) {
        this(record, outcome, stage, rule, reason, intercomId, detail, null);
    }

    public RecordFact(Envelope<?> record, Outcome outcome, String stage, String rule, String reason, String intercomId) {
        this(record, outcome, stage, rule, reason, intercomId, null);
    }

    /** Whether the fact shows the row got past the transformer: a reject or a hold there says it did not. */
    boolean transformed() {
        return outcome != Outcome.REJECTED && !(outcome == Outcome.HELD && "transform".equals(stage));
    }
}
