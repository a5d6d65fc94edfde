package io.github.ateraintercom.sandbox.error;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static io.github.ateraintercom.sandbox.support.Api.UUID;
import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class UnknownApiPathGetsErrorListTest {

    @Test
    void unknownPathAnswersIntercomsNotFoundErrorList() {
        for (String path : new String[] {"/nothing-here", "/companies/abc/unknown/deeper", "/contactz"}) {
            asApp().get(path)
                    .then().statusCode(404)
                    .contentType("application/json")
                    .body("type", equalTo("error.list"))
                    .body("request_id", matchesPattern(UUID))
                    .body("errors[0].code", equalTo("not_found"))
                    .body("errors[0].message", equalTo("Resource Not Found"));
        }
    }

    @Test
    void unknownPathWithoutATokenIsNotFoundToo() {
        RestAssured.post("/nothing-here").then().statusCode(404).body("errors[0].code", equalTo("not_found"));
    }

    @Test
    void quarkusAndControlEndpointsKeepWorking() {
        RestAssured.get("/q/health").then().statusCode(200);
        RestAssured.get("/sandbox/requests").then().statusCode(200).contentType("application/json");
        RestAssured.get("/sandbox/faults").then().statusCode(200);
    }
}
