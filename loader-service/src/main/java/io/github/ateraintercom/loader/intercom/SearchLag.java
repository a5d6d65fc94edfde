package io.github.ateraintercom.loader.intercom;

import io.github.ateraintercom.loader.config.LoaderConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Intercom's search shows a new contact or conversation seconds to minutes after it is made
 * ({@code loader.intercom.search-lag} bounds how long). A look-up for a create whose answer was lost
 * searches again, at growing intervals, until it finds the object or the bound has passed since the
 * look-up began (the create was sent before that); only then is the object taken for missing. The
 * worker waits meanwhile: lost answers are rare and the wait is bounded.
 */
@ApplicationScoped
public class SearchLag {

    /** Re-checks start at this fraction of the bound and double each time. */
    private static final int FIRST_RECHECK_DIVISOR = 16;

    private final Duration bound;

    SearchLag(LoaderConfig config) {
        this.bound = config.intercom().searchLag();
    }

    /** What {@code search} finds, asked again until it finds something or the bound has passed. */
    public <T> Optional<T> settled(Supplier<Optional<T>> search) {
        long deadline = System.nanoTime() + bound.toNanos();
        long pause = bound.toNanos() / FIRST_RECHECK_DIVISOR;
        while (true) {
            Optional<T> found = search.get();
            long left = deadline - System.nanoTime();
            if (found.isPresent() || left <= 0) {
                return found;
            }
            sleep(Math.min(pause, left));
            pause *= 2;
        }
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntercomError(0, "interrupted", "interrupted while waiting for search to catch up");
        }
    }
}
