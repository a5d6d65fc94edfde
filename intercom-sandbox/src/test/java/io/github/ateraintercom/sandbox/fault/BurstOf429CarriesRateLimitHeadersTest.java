package io.github.ateraintercom.sandbox.fault;

import io.github.ateraintercom.sandbox.support.AdjustableClock;
import io.github.ateraintercom.sandbox.support.Control;
import io.github.ateraintercom.sandbox.support.TightRateLimitProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(TightRateLimitProfile.class)
class BurstOf429CarriesRateLimitHeadersTest {

    private static final long NOW = 2_100_000_004L;
    private static final String UNKNOWN_COMPANY = "/companies/000000000000000000000000";

    @Inject
    AdjustableClock clock;

    @BeforeEach
    void freshSandbox() {
        Control.reset();
        clock.set(Instant.ofEpochSecond(NOW));
    }

    @Test
    void countedBurstRefusesRequestsWithTheAppsFiguresAndTheWindowsEnd() {
        Control.addFault("{\"method\": \"GET\", \"path\": \"" + UNKNOWN_COMPANY + "\","
                + " \"burst\": {\"probability\": 1, \"requests\": 3}}");

        for (int call = 1; call <= 3; call++) {
            asApp().get(UNKNOWN_COMPANY)
                    .then().statusCode(429)
                    .body("type", equalTo("error.list"))
                    .body("errors[0].code", equalTo("rate_limit_exceeded"))
                    .body("errors[0].message", equalTo("Exceeded rate limit of 10 in 10_seconds"))
                    .header("X-RateLimit-Limit", "10")
                    .header("X-RateLimit-Remaining", "0")
                    .header("X-RateLimit-Reset", Long.toString(NOW - 4 + 10));
        }
    }

    @Test
    void timedBurstLastsItsSecondsAndReportsItsEndAsTheReset() {
        Control.addFault("{\"path\": \"" + UNKNOWN_COMPANY + "\", \"burst\": {\"probability\": 1, \"seconds\": 30}}");
        asApp().get(UNKNOWN_COMPANY).then().statusCode(429).header("X-RateLimit-Reset", Long.toString(NOW + 30));
        clock.advance(Duration.ofSeconds(29));
        asApp().get(UNKNOWN_COMPANY).then().statusCode(429).header("X-RateLimit-Reset", Long.toString(NOW + 30));
    }

    @Test
    void burstRefusalsDoNotSpendTheAllowance() {
        Control.addFault("{\"path\": \"" + UNKNOWN_COMPANY + "\", \"burst\": {\"probability\": 1, \"requests\": 20}}");
        for (int call = 1; call <= 20; call++) {
            asApp().get(UNKNOWN_COMPANY).then().statusCode(429);
        }

        asApp().get("/companies").then().statusCode(200).header("X-RateLimit-Remaining", "9");
    }
}
