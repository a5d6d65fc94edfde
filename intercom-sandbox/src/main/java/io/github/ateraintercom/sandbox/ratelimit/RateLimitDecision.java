package io.github.ateraintercom.sandbox.ratelimit;

/**
 * The verdict on one call, with the figures Intercom reports in its {@code X-RateLimit-*} headers.
 *
 * @param admitted  whether the call fits in the current window
 * @param limit     calls allowed per 10-second window
 * @param remaining calls still allowed in the current window
 * @param resetAt   unix seconds when the window refills
 */
public record RateLimitDecision(boolean admitted, int limit, int remaining, long resetAt) {
}
