package io.github.ateraintercom.loader.intercom;

/** Intercom refused a request for good; the message carries its status, error code and message. */
public class IntercomError extends RuntimeException {

    public IntercomError(int status, String code, String message) {
        super("Intercom answered " + status + (code == null ? "" : " " + code) + (message == null ? "" : ": " + message));
    }
}
