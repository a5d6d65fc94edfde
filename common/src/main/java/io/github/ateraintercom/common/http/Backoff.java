package io.github.ateraintercom.common.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before trying a remote API again: what its {@code Retry-After} asks for when it
 * sends one, else an exponential delay with jitter, so callers that failed together do not retry together.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;

    public Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /** The wait after failed try number {@code attempt} (1-based). */
    public Duration delay(int attempt, Optional<Duration> retryAfter) {
        return retryAfter.orElseGet(() -> jittered(attempt));
    }

    private Duration jittered(int attempt) {
        long ceiling = max.toMillis();
        long base = Math.min(ceiling, initial.toMillis() << Math.min(attempt - 1, 30));
        // half fixed, half random: never shorter than half the exponential step
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    /** A {@code Retry-After} header in either of its forms: delay-seconds or an HTTP date. */
    public static Optional<Duration> retryAfter(Optional<String> header, ZonedDateTime now) {
        return header.map(String::strip).flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Duration until = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                    return Optional.of(until.isNegative() ? Duration.ZERO : until);
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        });
    }
}
