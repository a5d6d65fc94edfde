package io.github.ateraintercom.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ObservabilityEndpointsNeedNoTokenTest {

    @Test
    void healthIsUp() {
        RestAssured.get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        RestAssured.get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void openApiDescribesTheCompanyEndpoints() {
        RestAssured.get("/q/openapi").then().statusCode(200).body(containsString("/companies/scroll"));
    }
}
