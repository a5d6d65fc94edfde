package io.github.ateraintercom.sandbox.fault;

import io.github.ateraintercom.sandbox.support.Control;
import io.github.ateraintercom.sandbox.support.ControlProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static io.github.ateraintercom.sandbox.support.Api.UUID;
import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@TestProfile(ControlProfile.class)
class InjectedServerErrorsFollowTheirPathPatternTest {

    private static final String SOME_COMPANY = "/companies/000000000000000000000000";

    @BeforeEach
    void noFaults() {
        Control.reset();
    }

    @Test
    void ruleHitsOnlyItsMethodAndPath() {
        Control.addFault("{\"method\": \"get\", \"path\": \"/companies/*\", \"server_error\": 1}");

        asApp().get(SOME_COMPANY)
                .then().statusCode(500)
                .body("type", equalTo("error.list"))
                .body("request_id", matchesPattern(UUID))
                .body("errors[0].code", equalTo("server_error"));
        asApp().get("/companies").then().statusCode(200);
        asApp().body("{\"company_id\": \"fault-free\"}").post("/companies").then().statusCode(200);
        asApp().delete(SOME_COMPANY).then().statusCode(404);
    }

    @Test
    void doubleStarSpansSegments() {
        Control.addFault("{\"path\": \"/companies/**\", \"service_unavailable\": 1}");

        asApp().get("/companies/scroll").then().statusCode(503);
        asApp().get(SOME_COMPANY).then().statusCode(503).body("errors[0].code", equalTo("service_unavailable"));
        asApp().get("/companies").then().statusCode(200);
    }

    @Test
    void badGatewayIsAServerError() {
        Control.addFault("{\"path\": \"" + SOME_COMPANY + "\", \"bad_gateway\": 1}");

        asApp().get(SOME_COMPANY).then().statusCode(502).body("errors[0].code", equalTo("server_error"));
    }

    @Test
    void faultsStrikeBeforeTheTokenIsChecked() {
        Control.addFault("{\"path\": \"" + SOME_COMPANY + "\", \"service_unavailable\": 1}");

        RestAssured.get(SOME_COMPANY).then().statusCode(503);
    }

    @Test
    void firstMatchingRuleWins() {
        Control.addFault("{\"path\": \"/companies/**\"}");
        Control.addFault("{\"path\": \"" + SOME_COMPANY + "\", \"server_error\": 1}");

        asApp().get(SOME_COMPANY).then().statusCode(404);
    }

    @Test
    void removedOrClearedRulesStopApplying() {
        String first = Control.addFault("{\"path\": \"" + SOME_COMPANY + "\", \"server_error\": 1}");
        Control.addFault("{\"path\": \"/companies\", \"server_error\": 1}");

        RestAssured.delete("/sandbox/faults/{id}", first).then().statusCode(204);
        asApp().get(SOME_COMPANY).then().statusCode(404);
        asApp().get("/companies").then().statusCode(500);
        RestAssured.get("/sandbox/faults").then().statusCode(200).body("rules.size()", equalTo(1));

        RestAssured.delete("/sandbox/faults").then().statusCode(204);
        asApp().get("/companies").then().statusCode(200);
        RestAssured.get("/sandbox/faults").then().body("rules.size()", equalTo(0));
    }

    @Test
    void sameSeedSameRequestsSameFaults() {
        List<Integer> firstRun = halfFailingRun();
        Control.reset();
        List<Integer> secondRun = halfFailingRun();

        assertThat(firstRun).contains(200, 500).isEqualTo(secondRun);
    }

    private static List<Integer> halfFailingRun() {
        Control.addFault("{\"method\": \"GET\", \"path\": \"/companies\", \"server_error\": 0.5}");
        return IntStream.range(0, 30).mapToObj(call -> asApp().get("/companies").statusCode()).toList();
    }
}
