package io.github.ateraintercom.common.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffWaitsAsAskedOrExponentiallyWithJitterTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000));

    @Test
    void delayDoublesEachAttemptWithinJitterUpToTheCeiling() {
        for (int i = 0; i < 50; i++) {
            assertThat(backoff.delay(1, Optional.empty())).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(backoff.delay(3, Optional.empty())).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(backoff.delay(40, Optional.empty())).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
        }
    }

    @Test
    void retryAfterIsHonouredInBothItsForms() {
        ZonedDateTime now = ZonedDateTime.of(2026, 1, 5, 10, 0, 0, 0, ZoneOffset.UTC);

        assertThat(Backoff.retryAfter(Optional.of("7"), now)).contains(Duration.ofSeconds(7));
        assertThat(Backoff.retryAfter(Optional.of("Mon, 05 Jan 2026 10:00:30 GMT"), now)).contains(Duration.ofSeconds(30));
        assertThat(Backoff.retryAfter(Optional.of("soon"), now)).isEmpty();
        assertThat(backoff.delay(1, Optional.of(Duration.ofSeconds(7)))).as("longer than the ceiling, still honoured")
                .isEqualTo(Duration.ofSeconds(7));
    }
}
