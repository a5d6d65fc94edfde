package io.github.ateraintercom.sandbox.attribute;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.UUID;
import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class ConversationAttributesHaveTheirOwnEndpointTest {

    @Test
    void stringAttributeRendersLikeTheSpecExample() {
        String name = unique("api_test_attr");
        JsonPath attribute = asApp()
                .body(Map.of("name", name, "data_type", "string", "description", "Created via API test"))
                .post("/conversations/attributes").then().statusCode(200).extract().jsonPath();

        assertThat(attribute.getMap("$")).containsOnlyKeys("type", "id", "name", "description", "data_type",
                "required", "visible_to_team_ids", "archived", "created_at", "updated_at", "admin_id", "multiline");
        assertThat(attribute.getString("type")).isEqualTo("conversation_attribute");
        assertThat(attribute.getInt("id")).isPositive();
        assertThat(attribute.getBoolean("multiline")).isFalse();
        assertThat(attribute.getList("visible_to_team_ids")).isEmpty();
        asApp().get("/conversations/attributes/{id}", attribute.getInt("id"))
                .then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void listAndRelationshipAttributesCarryTheirOwnSettings() {
        asApp().body(Map.of("name", unique("priority"), "data_type", "list",
                        "options", List.of(Map.of("label", "High"), Map.of("label", "Low"))))
                .post("/conversations/attributes")
                .then().statusCode(200)
                .body("options.label", equalTo(List.of("High", "Low")))
                .body("options[0].id", matchesPattern(UUID))
                .body("options[0].archived", equalTo(false))
                .body("multiline", equalTo(null));
        asApp().body(Map.of("name", unique("order"), "data_type", "relationship",
                        "reference", Map.of("type", "many", "object_type_id", "Order")))
                .post("/conversations/attributes")
                .then().statusCode(200)
                .body("reference.type", equalTo("many"))
                .body("reference.object_type_id", equalTo("Order"));
    }

    @Test
    void everyDataTypeIsAcceptedAndOthersGet422() {
        for (String dataType : new String[] {"string", "integer", "list", "decimal", "boolean", "datetime", "files"}) {
            asApp().body(Map.of("name", unique("typed"), "data_type", dataType))
                    .post("/conversations/attributes").then().statusCode(200).body("data_type", equalTo(dataType));
        }
        asApp().body(Map.of("name", unique("typed"), "data_type", "invalid_type"))
                .post("/conversations/attributes")
                .then().statusCode(422)
                .body("errors[0].code", equalTo("parameter_invalid"))
                .body("errors[0].message", equalTo("data_type 'invalid_type' is not valid. Allowed types: "
                        + "string, integer, list, decimal, boolean, datetime, relationship, files"));
    }

    @Test
    void typeSpecificSettingsAreRefusedOnOtherTypes() {
        asApp().body(Map.of("name", unique("count"), "data_type", "integer", "multiline", true))
                .post("/conversations/attributes").then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("name", unique("ref"), "data_type", "relationship"))
                .post("/conversations/attributes").then().statusCode(400).body("errors[0].code", equalTo("parameter_not_found"));
        asApp().body(Map.of("data_type", "string"))
                .post("/conversations/attributes").then().statusCode(400).body("errors[0].code", equalTo("parameter_not_found"));
    }

    @Test
    void updateRenamesAndDescribes() {
        int id = create(unique("before"));
        String renamed = unique("api_test_renamed");

        asApp().body(Map.of("name", renamed, "description", "Updated via API", "required", true))
                .put("/conversations/attributes/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo(renamed))
                .body("description", equalTo("Updated via API"))
                .body("required", equalTo(true));
    }

    @Test
    void activeNamesAreUnique() {
        String name = unique("duplicate");
        create(name);

        asApp().body(Map.of("name", name, "data_type", "integer"))
                .post("/conversations/attributes").then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void deleteArchivesAndArchivedOnesAreListedOnlyOnRequest() {
        String name = unique("doomed");
        int id = create(name);

        asApp().delete("/conversations/attributes/{id}", id)
                .then().statusCode(200).body("archived", equalTo(true)).body("id", equalTo(id));

        asApp().get("/conversations/attributes").then().statusCode(200)
                .body("type", equalTo("list")).body("data.name", not(hasItem(name)));
        asApp().queryParam("include_archived", true).get("/conversations/attributes")
                .then().statusCode(200).body("data.name", hasItem(name));
        asApp().get("/conversations/attributes/{id}", id).then().statusCode(200).body("archived", equalTo(true));
    }

    @Test
    void unknownIdsAreConversationAttributeNotFound() {
        for (String id : new String[] {"987654", "abc"}) {
            asApp().get("/conversations/attributes/{id}", id)
                    .then().statusCode(404)
                    .body("errors[0].code", equalTo("conversation_attribute_not_found"))
                    .body("errors[0].message", equalTo("Conversation attribute not found"));
            asApp().body(Map.of("name", "x")).put("/conversations/attributes/{id}", id).then().statusCode(404);
            asApp().delete("/conversations/attributes/{id}", id).then().statusCode(404);
        }
    }

    private static int create(String name) {
        return asApp().body(Map.of("name", name, "data_type", "string"))
                .post("/conversations/attributes").then().statusCode(200).extract().path("id");
    }
}
