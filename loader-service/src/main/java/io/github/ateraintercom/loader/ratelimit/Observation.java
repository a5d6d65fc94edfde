package io.github.ateraintercom.loader.ratelimit;

import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What answers said about their app's current window: when it refills (the server's clock), its limit,
 * and how many calls the server had counted in it ({@code X-RateLimit-Limit} less {@code -Remaining}).
 */
record Observation(long windowEndMillis, int limit, int used) {

    /** Nothing said yet. */
    static final Observation NONE = new Observation(0, 0, 0);

    static Optional<Observation> of(HttpHeaders headers) {
        OptionalLong limit = headers.firstValueAsLong("X-RateLimit-Limit");
        OptionalLong remaining = headers.firstValueAsLong("X-RateLimit-Remaining");
        OptionalLong reset = headers.firstValueAsLong("X-RateLimit-Reset");
        if (limit.isEmpty() || remaining.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Observation(reset.getAsLong() * 1000, (int) limit.getAsLong(),
                (int) Math.max(0, limit.getAsLong() - remaining.getAsLong())));
    }

    /** Adds a later answer: a later window replaces this one; an earlier one is a late answer and says nothing new. */
    Observation and(Observation answer) {
        if (answer.windowEndMillis > windowEndMillis) {
            return answer;
        }
        if (answer.windowEndMillis == windowEndMillis) {
            return new Observation(windowEndMillis, answer.limit, Math.max(used, answer.used));
        }
        return this;
    }
}
