package io.github.ateraintercom.orchestrator.run;

/** A run request that cannot be started as given; the message says what to change. */
public class InvalidRunRequest extends RuntimeException {

    public InvalidRunRequest(String message) {
        super(message);
    }
}
