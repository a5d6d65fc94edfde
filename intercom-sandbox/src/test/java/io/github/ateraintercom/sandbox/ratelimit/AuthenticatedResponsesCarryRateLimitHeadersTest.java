package io.github.ateraintercom.sandbox.ratelimit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class AuthenticatedResponsesCarryRateLimitHeadersTest {

    @Test
    void successReportsTheTenSecondWindowOfTheDefaultAllowance() {
        long before = Instant.now().getEpochSecond();
        Response response = asApp().get("/companies");

        assertThat(response.statusCode()).isEqualTo(200);
        // 10,000 a minute is 1,666 per 10-second window.
        assertThat(response.header("X-RateLimit-Limit")).isEqualTo("1666");
        assertThat(Integer.parseInt(response.header("X-RateLimit-Remaining"))).isBetween(0, 1665);
        assertThat(Long.parseLong(response.header("X-RateLimit-Reset"))).isBetween(before + 1, before + 11);
    }

    @Test
    void errorsOfAKnownCallerReportTheAllowanceToo() {
        Response response = asApp().get("/companies/{id}", "000000000000000000000000");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.header("X-RateLimit-Limit")).isEqualTo("1666");
        assertThat(response.header("X-RateLimit-Remaining")).isNotNull();
        assertThat(response.header("X-RateLimit-Reset")).isNotNull();
    }
}
