package io.github.ateraintercom.sandbox.ratelimit;

import io.github.ateraintercom.sandbox.support.AdjustableClock;
import io.github.ateraintercom.sandbox.support.Control;
import io.github.ateraintercom.sandbox.support.TightRateLimitProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each client makes 45 calls 0.2 s apart against 10 calls per 10-second window. Waiting
 * is moving the sandbox clock, so the test takes no real time.
 */
@QuarkusTest
@TestProfile(TightRateLimitProfile.class)
class HeaderHonouringClientNeverSees429Test {

    private static final int CALLS = 45;

    @Inject
    AdjustableClock clock;

    @BeforeEach
    void freshWindows() {
        Control.reset();
        clock.set(Instant.ofEpochSecond(2_000_000_003L));
    }

    @Test
    void clientWaitingForTheResetWhenNothingRemainsGetsNo429() {
        int refused = 0;
        for (int call = 0; call < CALLS; call++) {
            Response response = asApp().get("/companies");
            refused += response.statusCode() == 429 ? 1 : 0;
            if (Integer.parseInt(response.header("X-RateLimit-Remaining")) == 0) {
                clock.set(Instant.ofEpochSecond(Long.parseLong(response.header("X-RateLimit-Reset"))));
            } else {
                clock.advance(Duration.ofMillis(200));
            }
        }

        assertThat(refused).isZero();
    }

    @Test
    void clientIgnoringTheHeadersGets429s() {
        int refused = 0;
        for (int call = 0; call < CALLS; call++) {
            refused += asApp().get("/companies").statusCode() == 429 ? 1 : 0;
            clock.advance(Duration.ofMillis(200));
        }

        // 45 calls over 9 seconds, in two windows: 10 + 10 get through.
        assertThat(refused).isEqualTo(CALLS - 20);
    }
}
