package io.github.ateraintercom.sandbox.contact;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createAttribute;
import static io.github.ateraintercom.sandbox.support.Fixtures.createContact;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ContactRetrieveUpdateDeleteAndArchiveTest {

    private static final String UNKNOWN = "000000000000000000000000";

    @Test
    void contactIsFoundByIdAndUnknownIdsAreUserNotFound() {
        String id = createContact("{\"role\": \"lead\", \"name\": \"Found\"}");

        asApp().get("/contacts/{id}", id).then().statusCode(200).body("id", equalTo(id)).body("name", equalTo("Found"));
        asApp().get("/contacts/{id}", UNKNOWN)
                .then().statusCode(404)
                .body("errors[0].code", equalTo("not_found"))
                .body("errors[0].message", equalTo("User Not Found"));
    }

    @Test
    void putChangesOnlyTheSentFieldsAndMergesCustomAttributes() {
        String keep = unique("keep");
        String drop = unique("drop");
        createAttribute("contact", keep, "string");
        createAttribute("contact", drop, "integer");
        String id = createContact("{\"email\": \"" + unique("put") + "@example.com\", \"name\": \"Before\", \"phone\": \"1\","
                + " \"custom_attributes\": {\"" + keep + "\": \"yes\", \"" + drop + "\": 3}}");
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(drop, null);

        JsonPath updated = asApp().body(Map.of("name", "After", "role", "lead", "custom_attributes", attributes))
                .put("/contacts/{id}", id).then().statusCode(200).extract().jsonPath();

        assertThat(updated.getString("name")).isEqualTo("After");
        assertThat(updated.getString("role")).isEqualTo("lead");
        assertThat(updated.getString("phone")).isEqualTo("1");
        assertThat(updated.getMap("custom_attributes")).isEqualTo(Map.of(keep, "yes"));
        asApp().body(Map.of("name", "Ghost")).put("/contacts/{id}", UNKNOWN)
                .then().statusCode(404).body("errors[0].message", equalTo("User Not Found"));
    }

    @Test
    void deleteAnswersTheDeletedReferenceAndForgetsTheContact() {
        String externalId = unique("deleted");
        String id = createContact("{\"external_id\": \"" + externalId + "\"}");

        asApp().delete("/contacts/{id}", id)
                .then().statusCode(200)
                .body("type", equalTo("contact"))
                .body("id", equalTo(id))
                .body("external_id", equalTo(externalId))
                .body("deleted", equalTo(true));

        asApp().get("/contacts/{id}", id).then().statusCode(404);
        asApp().delete("/contacts/{id}", id).then().statusCode(404);
        asApp().get("/contacts/find_by_external_id/{id}", externalId).then().statusCode(404);
    }

    @Test
    void archiveAndUnarchiveAnswerTheReferenceWithTheFlag() {
        String id = createContact("{\"role\": \"lead\"}");

        asApp().post("/contacts/{id}/archive", id)
                .then().statusCode(200)
                .body("type", equalTo("contact")).body("id", equalTo(id))
                .body("external_id", equalTo(null)).body("archived", equalTo(true));
        asApp().get("/contacts/{id}", id).then().statusCode(200);
        asApp().post("/contacts/{id}/unarchive", id)
                .then().statusCode(200).body("archived", equalTo(false));
        asApp().post("/contacts/{id}/archive", UNKNOWN).then().statusCode(404);
        asApp().post("/contacts/{id}/unarchive", UNKNOWN).then().statusCode(404);
    }

    @Test
    void findByExternalIdFindsUsersButNotLeads() {
        String userExternalId = unique("user");
        String user = createContact("{\"role\": \"user\", \"external_id\": \"" + userExternalId + "\"}");
        String leadExternalId = unique("lead");
        createContact("{\"role\": \"lead\", \"external_id\": \"" + leadExternalId + "\"}");

        asApp().get("/contacts/find_by_external_id/{id}", userExternalId)
                .then().statusCode(200).body("id", equalTo(user));
        asApp().get("/contacts/find_by_external_id/{id}", leadExternalId)
                .then().statusCode(404)
                .body("errors[0].code", equalTo("not_found"))
                .body("errors[0].message", equalTo("User Not Found"));
    }
}
