package io.github.ateraintercom.sandbox.helpcenter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.helpcenter.CollectionsNestAtMostThreeLevelsTest.collection;
import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.adminId;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class CollectionsAreCreatedUpdatedAndDeletedTest {

    @Test
    void theWorkspaceHasOneDefaultHelpCenter() {
        JsonPath list = asApp().get("/help_center/help_centers").then().statusCode(200).extract().jsonPath();

        assertThat(list.getString("type")).isEqualTo("list");
        assertThat(list.getList("data")).hasSize(1);
        String id = list.getString("data[0].id");
        assertThat(id).matches("^[0-9]+$");
        assertThat(list.getBoolean("data[0].default")).isTrue();
        asApp().get("/help_center/help_centers/{id}", id).then().statusCode(200).body("id", equalTo(id));
        asApp().get("/help_center/help_centers/{id}", "424242").then().statusCode(404)
                .body("errors[0].code", equalTo("not_found"));
    }

    @Test
    void aCollectionIsCreatedInTheDefaultHelpCenterAndUpdated() {
        String name = unique("Printers");
        long helpCenter = Long.parseLong(asApp().get("/help_center/help_centers").then().extract().path("data[0].id"));

        JsonPath created = asApp().body(Map.of("name", name, "description", "All about printers"))
                .post("/help_center/collections").then().statusCode(200).extract().jsonPath();
        String id = created.getString("id");
        assertThat(id).matches("^[0-9]+$");
        assertThat(created.getString("name")).isEqualTo(name);
        assertThat(created.getString("description")).isEqualTo("All about printers");
        assertThat(created.getString("parent_id")).isNull();
        assertThat(created.getLong("help_center_id")).isEqualTo(helpCenter);
        assertThat(created.getString("workspace_id")).isEqualTo("sandbox1");
        assertThat(created.getString("url")).contains("/collections/" + id + "-printers");

        asApp().body(Map.of("name", "Renamed " + name)).put("/help_center/collections/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo("Renamed " + name))
                .body("description", equalTo("All about printers"));
        asApp().get("/help_center/collections").then().statusCode(200)
                .body("type", equalTo("list"))
                .body("data[0].id", equalTo(id))
                .body("pages.type", equalTo("pages"));
    }

    @Test
    void aNameIsRequiredAndUnknownFieldsOrHelpCentersAreRefused() {
        asApp().body(Map.of("description", "Missing required parameter")).post("/help_center/collections")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_not_found"))
                .body("errors[0].message", equalTo("Name is a required parameter."));
        asApp().body(Map.of("name", 7)).post("/help_center/collections")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("name", unique("x"), "help_center_id", 424242)).post("/help_center/collections")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("name", unique("x"), "translated_content", Map.of())).post("/help_center/collections")
                .then().statusCode(400).body("errors[0].code", equalTo("bad_request"));
        asApp().get("/help_center/collections/{id}", "99999999").then().statusCode(404)
                .body("errors[0].message", equalTo("Resource Not Found"));
        asApp().body(Map.of("name", "x")).put("/help_center/collections/{id}", "99999999").then().statusCode(404);
        asApp().delete("/help_center/collections/{id}", "99999999").then().statusCode(404);
    }

    @Test
    void onlyAnEmptyCollectionIsDeleted() {
        String top = collection(Map.of("name", unique("Doomed")));
        String child = collection(Map.of("name", unique("Doomed child"), "parent_id", top));
        String article = asApp().body(Map.of("title", unique("Doomed article"), "author_id", adminId(0),
                        "parent_id", Long.parseLong(child), "parent_type", "collection"))
                .post("/articles").then().statusCode(200).extract().path("id");

        asApp().delete("/help_center/collections/{id}", top).then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_invalid"));
        asApp().delete("/help_center/collections/{id}", child).then().statusCode(400);
        asApp().delete("/articles/{id}", article).then().statusCode(200);
        asApp().delete("/help_center/collections/{id}", child).then().statusCode(200)
                .body("id", equalTo(child))
                .body("object", equalTo("collection"))
                .body("deleted", equalTo(true));
        asApp().delete("/help_center/collections/{id}", top).then().statusCode(200);
        asApp().get("/help_center/collections/{id}", top).then().statusCode(404);
        asApp().queryParam("per_page", 1).get("/help_center/collections")
                .then().body("data", hasSize(1)).body("pages.per_page", equalTo(1));
        List<String> left = asApp().queryParam("per_page", 500).get("/help_center/collections")
                .then().extract().path("data.id");
        assertThat(left).doesNotContain(top, child);
    }
}
