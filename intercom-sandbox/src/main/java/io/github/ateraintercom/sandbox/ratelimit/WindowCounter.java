package io.github.ateraintercom.sandbox.ratelimit;

import java.util.concurrent.ConcurrentHashMap;

/** Calls counted per key in fixed 10-second windows aligned on the epoch, refused calls included. */
final class WindowCounter {

    static final long WINDOW_SECONDS = 10;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts one call under {@code key} at {@code epochSecond} and returns the window it landed in. */
    Window count(String key, long epochSecond) {
        long start = windowStart(epochSecond);
        // compute() is atomic per key, so concurrent calls never share a slot.
        return windows.compute(key, (k, current) ->
                current == null || current.start() != start ? new Window(start, 1) : new Window(start, current.calls() + 1));
    }

    void clear() {
        windows.clear();
    }

    static long windowStart(long epochSecond) {
        return epochSecond - Math.floorMod(epochSecond, WINDOW_SECONDS);
    }

    /** The calls counted in the window opened at {@code start}. */
    record Window(long start, int calls) {

        long end() {
            return start + WINDOW_SECONDS;
        }
    }
}
