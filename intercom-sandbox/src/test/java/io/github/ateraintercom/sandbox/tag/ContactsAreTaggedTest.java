package io.github.ateraintercom.sandbox.tag;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createTag;
import static io.github.ateraintercom.sandbox.support.Fixtures.createUser;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ContactsAreTaggedTest {

    @Test
    void tagAddedToAContactShowsWhenAndByWhom() {
        String contact = createUser();
        String name = unique("VIP");
        String tagId = createTag(name);
        String owner = asApp().get("/me").then().extract().path("id");

        JsonPath applied = asApp().body("{\"id\": " + tagId + "}").post("/contacts/{id}/tags", contact)
                .then().statusCode(200).extract().jsonPath();

        assertThat(applied.getString("type")).isEqualTo("tag");
        assertThat(applied.getString("id")).isEqualTo(tagId);
        assertThat(applied.getString("name")).isEqualTo(name);
        assertThat(applied.getLong("applied_at")).isPositive();
        assertThat(applied.getMap("applied_by")).isEqualTo(Map.of("type", "admin", "id", owner));
        asApp().get("/contacts/{id}/tags", contact)
                .then().statusCode(200)
                .body("type", equalTo("list"))
                .body("data.id", equalTo(List.of(tagId)))
                .body("data[0].applied_by.id", equalTo(owner));
        asApp().get("/contacts/{id}", contact)
                .then().body("tags.data", equalTo(List.of(Map.of("type", "tag", "id", tagId, "url", "/tags/" + tagId))))
                .body("tags.total_count", equalTo(1))
                .body("tags.url", equalTo("/contacts/" + contact + "/tags"));
    }

    @Test
    void removingATagAnswersItAndLeavesTheContactUntagged() {
        String contact = createUser();
        String tagId = createTag(unique("temporary"));
        asApp().body(Map.of("id", tagId)).post("/contacts/{id}/tags", contact).then().statusCode(200);

        asApp().delete("/contacts/{id}/tags/{tagId}", contact, tagId)
                .then().statusCode(200).body("id", equalTo(tagId));

        asApp().get("/contacts/{id}/tags", contact).then().body("data", hasSize(0));
    }

    @Test
    void usersAreTaggedInBulkThroughTags() {
        String first = createUser();
        String second = createUser();
        String name = unique("Imported");

        asApp().body(Map.of("name", name, "users", List.of(Map.of("id", first), Map.of("id", second)))).post("/tags")
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("users", equalTo(List.of(Map.of("id", first, "tagged", true), Map.of("id", second, "tagged", true))));

        asApp().get("/contacts/{id}/tags", second).then().body("data[0].name", equalTo(name));
    }

    @Test
    void unknownContactOrTagIsNotFound() {
        String contact = createUser();
        String tagId = createTag(unique("known"));

        asApp().body(Map.of("id", "999999999")).post("/contacts/{id}/tags", contact)
                .then().statusCode(404)
                .body("errors[0].code", equalTo("not_found"))
                .body("errors[0].message", equalTo("Resource Not Found"));
        asApp().body(Map.of("id", tagId)).post("/contacts/{id}/tags", "000000000000000000000000")
                .then().statusCode(404)
                .body("errors[0].message", equalTo("User Not Found"));
        asApp().get("/contacts/{id}/tags", "000000000000000000000000").then().statusCode(404);
        asApp().delete("/contacts/{id}/tags/{tagId}", contact, "999999999").then().statusCode(404);
        asApp().body(Map.of("name", unique("bulk"), "users", List.of(Map.of("id", "000000000000000000000000"))))
                .post("/tags")
                .then().statusCode(404).body("errors[0].message", equalTo("User Not Found"));
        asApp().body(Map.of()).post("/contacts/{id}/tags", contact)
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_not_found"));
    }
}
