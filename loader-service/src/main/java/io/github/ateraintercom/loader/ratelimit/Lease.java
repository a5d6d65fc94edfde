package io.github.ateraintercom.loader.ratelimit;

/**
 * What the shared quota granted a replica: {@code calls} of the window ending at {@code windowEndMillis}
 * (the server's clock), with the window as the database saw it at {@code databaseNowMillis}. A limit of 0
 * is not known yet: the one call granted then goes alone to learn it.
 */
record Lease(int limit, int allowance, long windowEndMillis, int granted, int calls, long databaseNowMillis) {

    boolean limitKnown() {
        return limit > 0;
    }

    /** Milliseconds from the lease to the window's end. */
    long millisToWindowEnd() {
        return windowEndMillis - databaseNowMillis;
    }
}
