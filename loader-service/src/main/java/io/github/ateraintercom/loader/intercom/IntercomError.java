package io.github.ateraintercom.loader.intercom;

/** Intercom refused a request for good; the message carries its status, error code and message. */
public class IntercomError extends RuntimeException {

    private final int status;
    private final String code;
    private final String detail;

    public IntercomError(int status, String code, String detail) {
        super("Intercom answered " + status + (code == null ? "" : " " + code) + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    /** A write refused before it reached Intercom, because Intercom would refuse it for good. */
    protected IntercomError(String code, String message) {
        super(message);
        this.status = 0;
        this.code = code;
        this.detail = message;
    }

    /** The HTTP status; 0 when no answer came. */
    public int status() {
        return status;
    }

    /** Intercom's error code, e.g. {@code conflict}; null when it gave none. */
    public String code() {
        return code;
    }

    /** Intercom's own message, e.g. the id a conflict names; null when it gave none. */
    public String detail() {
        return detail;
    }
}
