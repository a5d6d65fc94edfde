package io.github.ateraintercom.sandbox.traffic;

import io.github.ateraintercom.sandbox.support.Control;
import io.github.ateraintercom.sandbox.support.ControlProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.upsertCompany;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(ControlProfile.class)
class RequestCountersByPathAndStatusTest {

    @BeforeEach
    void noCounts() {
        Control.reset();
    }

    @Test
    void requestsAreCountedByMethodPathTemplateAndStatus() {
        String id = upsertCompany("{\"company_id\": \"counted-1\"}");
        upsertCompany("{\"company_id\": \"counted-2\"}");
        asApp().get("/companies/{id}", id).then().statusCode(200);
        asApp().get("/companies/{id}", "000000000000000000000000").then().statusCode(404);
        RestAssured.get("/companies").then().statusCode(401);
        asApp().get("/no-such-endpoint").then().statusCode(404);
        RestAssured.get("/q/health").then().statusCode(200);

        List<Map<String, Object>> counts = JsonPath.from(RestAssured.get("/sandbox/requests").asString())
                .getList("requests");

        assertThat(counts).containsExactly(
                count("GET", "/companies", 401, 1),
                count("POST", "/companies", 200, 2),
                count("GET", "/companies/{id}", 200, 1),
                count("GET", "/companies/{id}", 404, 1),
                count("GET", "/no-such-endpoint", 404, 1));
    }

    @Test
    void injectedFaultsAreCountedUnderTheirEndpoint() {
        Control.addFault("{\"path\": \"/companies/*\", \"service_unavailable\": 1}");
        asApp().get("/companies/{id}", "000000000000000000000000").then().statusCode(503);

        List<Map<String, Object>> counts = JsonPath.from(RestAssured.get("/sandbox/requests").asString())
                .getList("requests");

        assertThat(counts).containsExactly(count("GET", "/companies/{id}", 503, 1));
    }

    private static Map<String, Object> count(String method, String path, int status, int count) {
        return Map.of("method", method, "path", path, "status", status, "count", count);
    }
}
