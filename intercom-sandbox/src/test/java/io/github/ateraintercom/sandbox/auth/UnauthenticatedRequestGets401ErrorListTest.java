package io.github.ateraintercom.sandbox.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.github.ateraintercom.sandbox.support.Api.UUID;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class UnauthenticatedRequestGets401ErrorListTest {

    @Test
    void missingAuthorizationHeader() {
        assertUnauthorized(RestAssured.given().get("/companies"));
    }

    @Test
    void unknownToken() {
        assertUnauthorized(withAuthorization("Bearer not-a-token").get("/companies"));
    }

    @Test
    void tokenWithoutTheBearerScheme() {
        assertUnauthorized(withAuthorization("sandbox-token").get("/companies"));
        assertUnauthorized(withAuthorization("Basic c2FuZGJveC10b2tlbjo=").get("/companies"));
    }

    @Test
    void everyCompanyEndpointRequiresTheToken() {
        assertUnauthorized(RestAssured.given().body("{\"company_id\": \"x\"}").post("/companies"));
        assertUnauthorized(RestAssured.given().get("/companies/{id}", "000000000000000000000000"));
        assertUnauthorized(RestAssured.given().body("{}").put("/companies/{id}", "000000000000000000000000"));
        assertUnauthorized(RestAssured.given().delete("/companies/{id}", "000000000000000000000000"));
        assertUnauthorized(RestAssured.given().post("/companies/list"));
        assertUnauthorized(RestAssured.given().get("/companies/scroll"));
    }

    private static RequestSpecification withAuthorization(String value) {
        return RestAssured.given().header("Authorization", value);
    }

    private static void assertUnauthorized(io.restassured.response.Response response) {
        ValidatableResponse then = response.then();
        then.statusCode(401)
                .contentType("application/json")
                .body("type", equalTo("error.list"))
                .body("request_id", matchesPattern(UUID))
                .body("errors.size()", equalTo(1))
                .body("errors[0].code", equalTo("unauthorized"))
                .body("errors[0].message", equalTo("Access Token Invalid"))
                // Intercom sends no rate-limit figures to callers it does not know.
                .header("X-RateLimit-Limit", nullValue())
                .header("X-RateLimit-Remaining", nullValue())
                .header("X-RateLimit-Reset", nullValue());
    }
}
