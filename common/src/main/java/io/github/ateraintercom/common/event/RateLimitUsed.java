package io.github.ateraintercom.common.event;

/**
 * What one loader replica spent of Intercom's rate limit for a run, told every few seconds while the
 * run has work there: the calls it sent for the run and the 429s it met since its previous report,
 * numbered per replica ({@code sequence} from 1; a replica that restarts is a new {@code replica}), so
 * a reader adds each report exactly once however often it is delivered, and reports from several
 * replicas add up. {@code quota} is the app's shared rate limit as the replica last saw it (null while
 * the limit is not known yet).
 */
public record RateLimitUsed(String replica, long sequence, long calls, long rateLimited, Quota quota) implements MigrationEvent {

    /**
     * The app's rate limit: {@code limit} calls per {@code windowSeconds}-second window (Intercom's
     * {@code X-RateLimit-Limit}), the {@code allowance} the loaders spend of it (the limit less their
     * headroom), when the current window ends ({@code windowEnd}, epoch milliseconds) and the calls
     * every replica was granted in it ({@code used}).
     */
    public record Quota(int limit, int allowance, int windowSeconds, long windowEnd, int used) {
    }
}
