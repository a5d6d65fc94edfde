package io.github.ateraintercom.sandbox.ratelimit;

import io.github.ateraintercom.sandbox.support.AdjustableClock;
import io.github.ateraintercom.sandbox.support.AdjustableClockProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.github.ateraintercom.sandbox.support.Api.SECOND_APP_TOKEN;
import static io.github.ateraintercom.sandbox.support.Api.as;
import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.UUID;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** With 60 calls a minute the window holds 10; the 11th call in the same 10 seconds is refused. */
@QuarkusTest
@TestProfile(AdjustableClockProfile.class)
class RateLimitWindowReturns429Test {

    private static final long WINDOW_START = 1_800_000_000L;

    @Inject
    AdjustableClock clock;

    @Test
    void eleventhCallInAWindowGets429UntilTheWindowRefills() {
        clock.set(Instant.ofEpochSecond(WINDOW_START));
        for (int call = 1; call <= 10; call++) {
            asApp().get("/companies")
                    .then().statusCode(200)
                    .header("X-RateLimit-Limit", "10")
                    .header("X-RateLimit-Remaining", Integer.toString(10 - call))
                    .header("X-RateLimit-Reset", Long.toString(WINDOW_START + 10));
        }

        clock.advance(Duration.ofSeconds(9));
        asApp().get("/companies")
                .then().statusCode(429)
                .header("X-RateLimit-Limit", "10")
                .header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset", Long.toString(WINDOW_START + 10))
                .body("type", equalTo("error.list"))
                .body("request_id", matchesPattern(UUID))
                .body("errors[0].code", equalTo("rate_limit_exceeded"))
                .body("errors[0].message", equalTo("Exceeded rate limit of 10 in 10_seconds"));

        clock.advance(Duration.ofSeconds(1));
        asApp().get("/companies")
                .then().statusCode(200)
                .header("X-RateLimit-Remaining", "9")
                .header("X-RateLimit-Reset", Long.toString(WINDOW_START + 20));
    }

    @Test
    void eachAppHasItsOwnAllowance() {
        clock.set(Instant.ofEpochSecond(WINDOW_START + 600));
        for (int call = 1; call <= 10; call++) {
            asApp().get("/companies").then().statusCode(200);
        }
        asApp().get("/companies").then().statusCode(429);

        as(SECOND_APP_TOKEN).get("/companies")
                .then().statusCode(200)
                .header("X-RateLimit-Remaining", "9");
    }

    @Test
    void refusedCredentialsDoNotSpendTheAllowance() {
        clock.set(Instant.ofEpochSecond(WINDOW_START + 1200));
        for (int call = 1; call <= 20; call++) {
            as("not-a-token").get("/companies").then().statusCode(401);
        }

        asApp().get("/companies").then().statusCode(200).header("X-RateLimit-Remaining", "9");
    }
}
