package io.github.ateraintercom.sandbox.ratelimit;

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

import static io.github.ateraintercom.sandbox.support.Api.SECOND_APP_TOKEN;
import static io.github.ateraintercom.sandbox.support.Api.as;
import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static org.hamcrest.Matchers.equalTo;

/** 10 calls per app and 15 per workspace in each window: two apps together run out at 15. */
@QuarkusTest
@TestProfile(TightRateLimitProfile.class)
class WorkspaceLimitIsSharedByEveryAppTest {

    private static final long WINDOW_START = 1_900_000_000L;

    @Inject
    AdjustableClock clock;

    @BeforeEach
    void freshWindows() {
        Control.reset();
        clock.set(Instant.ofEpochSecond(WINDOW_START));
    }

    @Test
    void secondAppIsRefusedOnceTheWorkspacePoolIsEmptyThoughItsOwnAllowanceIsNot() {
        for (int call = 1; call <= 10; call++) {
            asApp().get("/companies").then().statusCode(200);
        }
        for (int call = 1; call <= 5; call++) {
            as(SECOND_APP_TOKEN).get("/companies").then().statusCode(200);
        }

        as(SECOND_APP_TOKEN).get("/companies")
                .then().statusCode(429)
                .body("errors[0].code", equalTo("rate_limit_exceeded"))
                .body("errors[0].message", equalTo("Exceeded rate limit of 15 in 10_seconds"))
                // The headers keep describing the app's own allowance, as Intercom's do.
                .header("X-RateLimit-Limit", "10")
                .header("X-RateLimit-Remaining", "4")
                .header("X-RateLimit-Reset", Long.toString(WINDOW_START + 10));
    }

    @Test
    void theNextWindowRefillsThePool() {
        for (int call = 1; call <= 10; call++) {
            asApp().get("/companies").then().statusCode(200);
        }
        for (int call = 1; call <= 5; call++) {
            as(SECOND_APP_TOKEN).get("/companies").then().statusCode(200);
        }
        as(SECOND_APP_TOKEN).get("/companies").then().statusCode(429);

        clock.advance(Duration.ofSeconds(10));

        as(SECOND_APP_TOKEN).get("/companies").then().statusCode(200).header("X-RateLimit-Remaining", "9");
    }

    @Test
    void callsRefusedToAnAppDoNotDrainThePool() {
        for (int call = 1; call <= 30; call++) {
            asApp().get("/companies");
        }

        for (int call = 1; call <= 5; call++) {
            as(SECOND_APP_TOKEN).get("/companies").then().statusCode(200);
        }
    }
}
