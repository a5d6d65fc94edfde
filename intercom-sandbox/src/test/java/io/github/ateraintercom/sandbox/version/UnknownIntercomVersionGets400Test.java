package io.github.ateraintercom.sandbox.version;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static io.github.ateraintercom.sandbox.support.Api.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class UnknownIntercomVersionGets400Test {

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.4", "2.0", "2.10", "2.14", "2.16"})
    void everyVersionOfTheDescriptionIsAccepted(String version) {
        RestAssured.given().auth().oauth2(TOKEN).header("Intercom-Version", version)
                .get("/companies")
                .then().statusCode(200);
    }

    @Test
    void absentVersionIsAccepted() {
        RestAssured.given().auth().oauth2(TOKEN).get("/companies").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.17", "3.0", "latest", "Unstable"})
    void unknownVersionIsRefused(String version) {
        RestAssured.given().auth().oauth2(TOKEN).header("Intercom-Version", version)
                .get("/companies")
                .then().statusCode(400)
                .body("type", equalTo("error.list"))
                .body("errors[0].code", equalTo("intercom_version_invalid"))
                // The caller is known, so the refusal still reports its allowance.
                .header("X-RateLimit-Remaining", notNullValue());
    }
}
