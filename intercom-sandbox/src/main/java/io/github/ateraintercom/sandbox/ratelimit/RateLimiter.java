package io.github.ateraintercom.sandbox.ratelimit;

import io.github.ateraintercom.sandbox.config.SandboxConfig;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Intercom's per-app allowance: the per-minute figure split evenly into 10-second windows, so a
 * burst that empties a window is refused even when the minute's total is fine.
 */
@Singleton
public class RateLimiter {

    private static final long WINDOW_SECONDS = 10;
    private static final int WINDOWS_PER_MINUTE = 6;

    private final Clock clock;
    private final int limitPerWindow;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock, SandboxConfig config) {
        this.clock = clock;
        this.limitPerWindow = config.rateLimit().perMinute() / WINDOWS_PER_MINUTE;
    }

    /** Counts one call by the app and says whether it may proceed. */
    public RateLimitDecision acquire(String app) {
        long now = clock.instant().getEpochSecond();
        long windowStart = now - Math.floorMod(now, WINDOW_SECONDS);
        // compute() is atomic per app, so concurrent calls never share a slot.
        Window window = windows.compute(app, (key, current) ->
                current == null || current.start() != windowStart
                        ? new Window(windowStart, 1)
                        : new Window(windowStart, current.calls() + 1));
        return new RateLimitDecision(
                window.calls() <= limitPerWindow,
                limitPerWindow,
                Math.max(0, limitPerWindow - window.calls()),
                windowStart + WINDOW_SECONDS);
    }

    /** Calls counted in one window, refused ones included. */
    private record Window(long start, int calls) {
    }
}
