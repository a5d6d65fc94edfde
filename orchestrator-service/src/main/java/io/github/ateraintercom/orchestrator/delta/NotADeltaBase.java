package io.github.ateraintercom.orchestrator.delta;

/** A delta asked of a run whose records are not in Intercom as it wrote them: the message says why. */
public class NotADeltaBase extends RuntimeException {

    NotADeltaBase(String message) {
        super(message);
    }
}
