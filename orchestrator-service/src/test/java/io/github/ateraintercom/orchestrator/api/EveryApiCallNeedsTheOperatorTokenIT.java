package io.github.ateraintercom.orchestrator.api;

import io.github.ateraintercom.orchestrator.OperatorTokenForEveryRequest;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation the API describes refuses a call without the operator's token, or with another
 * token, with a 401 problem detail; health, metrics and the description itself need none.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class EveryApiCallNeedsTheOperatorTokenIT {

    @Test
    void everyDescribedOperationRefusesAMissingOrWrongToken() {
        OperatorTokenForEveryRequest.callAnonymously();
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.keySet().forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        assertThat(operations).as("the API's operations").contains("GET /api/runs", "POST /api/runs", "GET /api/runs/{id}",
                "GET /api/runs/{id}/events", "PUT /api/runs/{id}/mapping", "POST /api/runs/{id}/cancel");

        for (String operation : operations) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "some-id");
            assertRefused(operation, call(given(), method, path), "needs the operator's bearer token");
            assertRefused(operation, call(given().header("Authorization", "Bearer not-the-token"), method, path),
                    "is not the operator's");
        }
    }

    @Test
    void theDescriptionDeclaresTheBearerTokenForEveryOperation() {
        OperatorTokenForEveryRequest.callAnonymously();
        var description = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(description.getMap("components.securitySchemes.operatorToken"))
                .containsEntry("type", "http").containsEntry("scheme", "bearer");
        assertThat(description.getList("security")).containsExactly(Map.of("operatorToken", List.of()));
    }

    @Test
    void healthAndMetricsNeedNoTokenAndTheOperatorIsLetIn() {
        OperatorTokenForEveryRequest.callAnonymously();
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);

        given().header("Authorization", "Bearer " + OperatorTokenForEveryRequest.TOKEN).get("/api/runs").then().statusCode(200);
    }

    private static Response call(RequestSpecification request, String method, String path) {
        return request.contentType(ContentType.JSON).body("{}").request(method, path);
    }

    private static void assertRefused(String operation, Response response, String detail) {
        assertThat(response.statusCode()).as(operation).isEqualTo(401);
        assertThat(response.contentType()).as(operation).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).as(operation).isEqualTo("Bearer realm=\"migration\"");
        assertThat(response.jsonPath().getString("detail")).as(operation).contains(detail);
    }
}
