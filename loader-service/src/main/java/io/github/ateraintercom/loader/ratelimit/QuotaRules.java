package io.github.ateraintercom.loader.ratelimit;

import java.time.Duration;

/**
 * How replicas share an app's allowance: the share of the limit left unspent, the largest lease, the
 * quiet time around a window's end, and the windows' length (Intercom's are 10 seconds).
 */
record QuotaRules(double headroom, int chunk, Duration guard, Duration window) {

    static final Duration INTERCOM_WINDOW = Duration.ofSeconds(10);

    QuotaRules {
        if (!(headroom >= 0 && headroom < 1)) {
            throw new IllegalArgumentException("loader.intercom.headroom must be at least 0 and below 1, not " + headroom);
        }
        if (chunk < 1) {
            throw new IllegalArgumentException("loader.intercom.quota-chunk must be at least 1, not " + chunk);
        }
        if (guard.isNegative() || guard.multipliedBy(2).compareTo(window) >= 0) {
            throw new IllegalArgumentException("loader.intercom.window-guard must be at least 0 and under half of a "
                    + window.toSeconds() + "-second window, not " + guard);
        }
    }
}
