package io.github.ateraintercom.sandbox.version;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static io.github.ateraintercom.sandbox.support.Api.TOKEN;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class IntercomVersionIsEchoedTest {

    @Test
    void requestedVersionIsEchoed() {
        RestAssured.given().auth().oauth2(TOKEN).header("Intercom-Version", "2.10")
                .get("/companies")
                .then().statusCode(200).header("Intercom-Version", "2.10");
    }

    @Test
    void withoutAVersionTheAppsVersionAnswers() {
        RestAssured.given().auth().oauth2(TOKEN)
                .get("/companies")
                .then().statusCode(200).header("Intercom-Version", "2.16");
    }

    @Test
    void anUnknownVersionIsNotEchoed() {
        RestAssured.given().auth().oauth2(TOKEN).header("Intercom-Version", "9.9")
                .get("/companies")
                .then().statusCode(400).header("Intercom-Version", nullValue());
    }
}
