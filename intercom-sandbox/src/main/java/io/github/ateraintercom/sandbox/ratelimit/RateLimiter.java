package io.github.ateraintercom.sandbox.ratelimit;

import io.github.ateraintercom.sandbox.config.SandboxConfig;
import io.github.ateraintercom.sandbox.state.Resettable;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Intercom's two allowances: one per app and one pool shared by every app of the workspace, each a
 * per-minute figure split evenly into 10-second windows, so a burst that empties a window is refused
 * even when the minute's total is fine.
 */
@Singleton
public class RateLimiter implements Resettable {

    private static final int WINDOWS_PER_MINUTE = 6;
    private static final String WORKSPACE = "";

    private final Clock clock;
    private final int appLimit;
    private final int workspaceLimit;
    private final WindowCounter appWindows = new WindowCounter();
    private final WindowCounter workspaceWindow = new WindowCounter();

    public RateLimiter(Clock clock, SandboxConfig config) {
        this.clock = clock;
        this.appLimit = config.rateLimit().perMinute() / WINDOWS_PER_MINUTE;
        this.workspaceLimit = config.rateLimit().workspacePerMinute() / WINDOWS_PER_MINUTE;
    }

    /**
     * Counts one call by the app and says whether it may proceed. A call its app's window refuses does
     * not reach the workspace pool, so one app going over its limit cannot starve the others.
     */
    public RateLimitDecision acquire(String app) {
        long now = clock.instant().getEpochSecond();
        WindowCounter.Window window = appWindows.count(app, now);
        int remaining = Math.max(0, appLimit - window.calls());
        if (window.calls() > appLimit) {
            return new RateLimitDecision(false, appLimit, remaining, window.end(), appLimit);
        }
        boolean poolHasRoom = workspaceWindow.count(WORKSPACE, now).calls() <= workspaceLimit;
        return new RateLimitDecision(poolHasRoom, appLimit, remaining, window.end(), poolHasRoom ? appLimit : workspaceLimit);
    }

    /** The app allowance's per-window figure. */
    public int appLimit() {
        return appLimit;
    }

    /** Unix seconds when the window open now refills. */
    public long currentWindowEnd() {
        return WindowCounter.windowStart(clock.instant().getEpochSecond()) + WindowCounter.WINDOW_SECONDS;
    }

    /** Starts every app and the workspace on fresh windows. */
    @Override
    public void reset() {
        appWindows.clear();
        workspaceWindow.clear();
    }
}
