package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.envelope.Envelope;

/** One fact learnt about one source row, from any topic. */
public record RecordFact(Envelope<?> record, Outcome outcome, String stage, String rule, String reason, String intercomId) {
}
