package io.github.ateraintercom.loader.intercom;

/** Intercom refused a request for good: its status, its error code and message. */
public class IntercomError extends RuntimeException {

    private final int status;
    private final String code;

    public IntercomError(int status, String code, String message) {
        super("Intercom answered " + status + (code == null ? "" : " " + code) + (message == null ? "" : ": " + message));
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
