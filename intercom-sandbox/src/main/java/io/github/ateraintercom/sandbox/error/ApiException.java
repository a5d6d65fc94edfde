package io.github.ateraintercom.sandbox.error;

/** A request Intercom would refuse: the HTTP status plus the one error it would list. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
