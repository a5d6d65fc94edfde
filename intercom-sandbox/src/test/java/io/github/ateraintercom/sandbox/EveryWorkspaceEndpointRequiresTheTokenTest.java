package io.github.ateraintercom.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;
import io.restassured.specification.RequestSpecification;

import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class EveryWorkspaceEndpointRequiresTheTokenTest {

    private static final String ID = "000000000000000000000000";

    @Test
    void everyResourceAnswers401WithoutAValidToken() {
        List<Supplier<Response>> calls = List.of(
                () -> anonymous().get("/me"),
                () -> anonymous().get("/admins"),
                () -> anonymous().get("/admins/{id}", "1"),
                () -> anonymous().get("/teams"),
                () -> anonymous().get("/teams/{id}", "1"),
                () -> anonymous().get("/data_attributes"),
                () -> anonymous().body("{}").post("/data_attributes"),
                () -> anonymous().body("{}").put("/data_attributes/{id}", 1),
                () -> anonymous().get("/conversations/attributes"),
                () -> anonymous().body("{}").post("/conversations/attributes"),
                () -> anonymous().get("/conversations/attributes/{id}", 1),
                () -> anonymous().body("{}").put("/conversations/attributes/{id}", 1),
                () -> anonymous().delete("/conversations/attributes/{id}", 1),
                () -> anonymous().get("/tags"),
                () -> anonymous().body("{}").post("/tags"),
                () -> anonymous().get("/tags/{id}", "1"),
                () -> anonymous().delete("/tags/{id}", "1"),
                () -> anonymous().get("/contacts"),
                () -> anonymous().body("{}").post("/contacts"),
                () -> anonymous().get("/contacts/{id}", ID),
                () -> anonymous().body("{}").put("/contacts/{id}", ID),
                () -> anonymous().delete("/contacts/{id}", ID),
                () -> anonymous().post("/contacts/{id}/archive", ID),
                () -> anonymous().post("/contacts/{id}/unarchive", ID),
                () -> anonymous().get("/contacts/find_by_external_id/{id}", "x"),
                () -> anonymous().body("{}").post("/contacts/search"),
                () -> anonymous().get("/contacts/{id}/companies", ID),
                () -> anonymous().body("{}").post("/contacts/{id}/companies", ID),
                () -> anonymous().delete("/contacts/{id}/companies/{companyId}", ID, ID),
                () -> anonymous().get("/contacts/{id}/tags", ID),
                () -> anonymous().body("{}").post("/contacts/{id}/tags", ID),
                () -> anonymous().delete("/contacts/{id}/tags/{tagId}", ID, "1"),
                () -> anonymous().get("/companies/{id}/contacts", ID),
                () -> anonymous().body("{}").post("/conversations"),
                () -> anonymous().get("/conversations"),
                () -> anonymous().get("/conversations/{id}", "1"),
                () -> anonymous().body("{}").put("/conversations/{id}", "1"),
                () -> anonymous().delete("/conversations/{id}", "1"),
                () -> anonymous().get("/conversations/deleted"),
                () -> anonymous().body("{}").post("/conversations/search"),
                () -> anonymous().body("{}").post("/conversations/{id}/reply", "1"),
                () -> anonymous().body("{}").post("/conversations/{id}/parts", "1"),
                () -> anonymous().body("{}").post("/conversations/{id}/tags", "1"),
                () -> anonymous().body("{}").delete("/conversations/{id}/tags/{tagId}", "1", "1"),
                () -> anonymous().get("/help_center/help_centers"),
                () -> anonymous().get("/help_center/help_centers/{id}", "1"),
                () -> anonymous().get("/help_center/collections"),
                () -> anonymous().body("{}").post("/help_center/collections"),
                () -> anonymous().get("/help_center/collections/{id}", "1"),
                () -> anonymous().body("{}").put("/help_center/collections/{id}", "1"),
                () -> anonymous().delete("/help_center/collections/{id}", "1"),
                () -> anonymous().get("/articles"),
                () -> anonymous().body("{}").post("/articles"),
                () -> anonymous().get("/articles/{id}", "1"),
                () -> anonymous().body("{}").put("/articles/{id}", "1"),
                () -> anonymous().delete("/articles/{id}", "1"));
        calls.forEach(call -> call.get().then()
                .statusCode(401)
                .body("type", equalTo("error.list"))
                .body("errors[0].code", equalTo("unauthorized")));
    }

    private static RequestSpecification anonymous() {
        return RestAssured.given().header("Authorization", "Bearer not-a-token").contentType("application/json");
    }
}
