package io.github.ateraintercom.sandbox.ratelimit;

/**
 * The verdict on one call, with the figures Intercom reports in its {@code X-RateLimit-*} headers.
 * The headers describe the app's own allowance, even when the workspace pool is what refused the call.
 *
 * @param admitted      whether the call fits in the current windows
 * @param limit         calls allowed per 10-second window to the app
 * @param remaining     calls still allowed to the app in the current window
 * @param resetAt       unix seconds when the window refills
 * @param exceededLimit when refused, the per-window figure of the allowance that ran out (the app's or
 *                      the workspace's), quoted in the error message
 */
public record RateLimitDecision(boolean admitted, int limit, int remaining, long resetAt, int exceededLimit) {

    /** A refusal of the app's allowance that lifts at {@code resetAt}, as an injected 429 burst reports it. */
    public static RateLimitDecision exhausted(int limit, long resetAt) {
        return new RateLimitDecision(false, limit, 0, resetAt, limit);
    }
}
