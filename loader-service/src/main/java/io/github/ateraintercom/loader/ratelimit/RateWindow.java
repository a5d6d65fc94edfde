package io.github.ateraintercom.loader.ratelimit;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * One app's Intercom allowance as its answers describe it: the calls left in the current 10-second
 * window and when that window refills. A request waits for a call to be left instead of spending
 * one on a 429; requests in flight count against what the last answer said was left.
 */
final class RateWindow {

    /** Not learnt yet: one request goes alone to learn it. */
    private static final long UNKNOWN = -1;
    /** The end of a window that has begun but answered nothing yet. */
    private static final long NOT_YET_ANSWERED = Long.MAX_VALUE;

    private final Clock clock;
    private long limit = UNKNOWN;
    private long remaining = UNKNOWN;
    /** When the current window refills, as the answers said (or not yet known). */
    private long windowEndMillis;
    /** The latest window end any answer named: answers naming an earlier one are late and say nothing new. */
    private long latestAnsweredEndMillis;
    private int inFlight;

    RateWindow(Clock clock) {
        this.clock = clock;
    }

    /** Blocks until a call is left in the current window, then takes it. */
    synchronized void acquire() throws InterruptedException {
        while (true) {
            long now = clock.millis();
            if (limit != UNKNOWN && windowEndMillis != NOT_YET_ANSWERED && now >= windowEndMillis) {
                // the window has refilled; its end is known once one of its calls is answered
                remaining = limit;
                windowEndMillis = NOT_YET_ANSWERED;
            }
            if (windowEndMillis == NOT_YET_ANSWERED && remaining == 0 && inFlight == 0) {
                // the window's calls all went unanswered (network errors): learn it again, one request at a time
                remaining = UNKNOWN;
            }
            if (remaining == UNKNOWN ? inFlight == 0 : remaining > 0) {
                if (remaining != UNKNOWN) {
                    remaining--;
                }
                inFlight++;
                return;
            }
            long untilRefill = windowEndMillis == NOT_YET_ANSWERED || remaining == UNKNOWN ? 100 : windowEndMillis - now;
            wait(Math.max(1, untilRefill));
        }
    }

    /** Takes in what an answer says about its window. */
    synchronized void answered(HttpHeaders headers) {
        inFlight--;
        OptionalLong left = headers.firstValueAsLong("X-RateLimit-Remaining");
        OptionalLong reset = headers.firstValueAsLong("X-RateLimit-Reset");
        OptionalLong windowLimit = headers.firstValueAsLong("X-RateLimit-Limit");
        if (left.isPresent() && reset.isPresent()) {
            long end = reset.getAsLong() * 1000;
            long leftNow = Math.max(0, left.getAsLong() - inFlight);
            if (end > latestAnsweredEndMillis) {
                latestAnsweredEndMillis = end;
                windowEndMillis = end;
                remaining = leftNow;
                windowLimit.ifPresent(value -> limit = value);
            } else if (end == windowEndMillis) {
                remaining = Math.min(remaining, leftNow);
            }
        }
        notifyAll();
    }

    /** A request that got no answer gives nothing back: the call may still have counted. */
    synchronized void unanswered() {
        inFlight--;
        notifyAll();
    }
}
