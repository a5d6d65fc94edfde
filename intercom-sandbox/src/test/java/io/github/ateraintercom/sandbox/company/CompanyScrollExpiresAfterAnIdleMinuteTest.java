package io.github.ateraintercom.sandbox.company;

import io.github.ateraintercom.sandbox.support.AdjustableClock;
import io.github.ateraintercom.sandbox.support.AdjustableClockProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.upsertCompany;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@TestProfile(AdjustableClockProfile.class)
class CompanyScrollExpiresAfterAnIdleMinuteTest {

    @Inject
    AdjustableClock clock;

    @Test
    void scrollParamStopsWorkingAMinuteAfterItsLastUseAndFreesTheAppsScroll() {
        clock.set(Instant.ofEpochSecond(1_900_000_000L));
        upsertCompany("{\"company_id\": \"idle-1\"}");
        upsertCompany("{\"company_id\": \"idle-2\"}");
        upsertCompany("{\"company_id\": \"idle-3\"}");
        String scrollParam = asApp().get("/companies/scroll")
                .then().statusCode(200).body("data", hasSize(1)).extract().path("scroll_param");

        clock.advance(Duration.ofSeconds(59));
        asApp().queryParam("scroll_param", scrollParam).get("/companies/scroll")
                .then().statusCode(200).body("data", hasSize(1)).body("scroll_param", equalTo(scrollParam));

        clock.advance(Duration.ofSeconds(60));
        asApp().queryParam("scroll_param", scrollParam).get("/companies/scroll")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().get("/companies/scroll").then().statusCode(200).body("data", hasSize(1));
    }
}
