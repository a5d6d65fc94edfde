package io.github.ateraintercom.loader.ratelimit;

import io.github.ateraintercom.loader.intercom.IntercomTarget;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The rate window of every Intercom app this loader writes to (an app is a base URL and a token). */
@ApplicationScoped
public class RateWindows {

    private final Map<String, RateWindow> windows = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Waits until the target's window has a call left and takes it. */
    public void acquire(IntercomTarget target) throws InterruptedException {
        window(target).acquire();
    }

    public void answered(IntercomTarget target, HttpHeaders headers) {
        window(target).answered(headers);
    }

    public void unanswered(IntercomTarget target) {
        window(target).unanswered();
    }

    /** Keyed by a hash of the token, so the token itself is not kept as a key. */
    private RateWindow window(IntercomTarget target) {
        return windows.computeIfAbsent(target.baseUrl() + "#" + Integer.toHexString(target.token().hashCode()),
                key -> new RateWindow(clock));
    }
}
