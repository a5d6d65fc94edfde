package io.github.ateraintercom.sandbox.fault;

/** What a fault rule does to one request, besides delaying it. */
enum Outcome {
    NONE,
    SERVER_ERROR,
    BAD_GATEWAY,
    SERVICE_UNAVAILABLE,
    HANG,
    DROP_AFTER_WRITE,
    /** A 429, either because a burst is running or because this request starts one. */
    RATE_LIMITED
}
