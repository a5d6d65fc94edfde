package io.github.ateraintercom.sandbox.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Calls to the sandbox's control API, which needs no token. */
public final class Control {

    private Control() {
    }

    /** Empties every store and forgets faults, counters and rate-limit windows. */
    public static void reset() {
        RestAssured.post("/sandbox/reset").then().statusCode(204);
    }

    /** Adds a fault rule and returns its id. */
    public static String addFault(String rule) {
        return RestAssured.given().contentType(ContentType.JSON).body(rule)
                .post("/sandbox/faults")
                .then().statusCode(201)
                .extract().path("id");
    }
}
