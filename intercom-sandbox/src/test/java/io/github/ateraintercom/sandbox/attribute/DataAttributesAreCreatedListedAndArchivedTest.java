package io.github.ateraintercom.sandbox.attribute;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createAttribute;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class DataAttributesAreCreatedListedAndArchivedTest {

    @Test
    void createdAttributeRendersLikeTheSpecExample() {
        String name = unique("Mithril Shirt");
        String ownerId = asApp().get("/me").then().extract().path("id");

        JsonPath attribute = asApp().body(Map.of("name", name, "model", "company", "data_type", "string"))
                .post("/data_attributes").then().statusCode(200).extract().jsonPath();

        assertThat(attribute.getInt("id")).isPositive();
        assertThat(attribute.getMap("$")).containsEntry("type", "data_attribute").containsEntry("name", name)
                .containsEntry("full_name", "custom_attributes." + name).containsEntry("label", name)
                .containsEntry("data_type", "string").containsEntry("api_writable", true)
                .containsEntry("ui_writable", false).containsEntry("messenger_writable", false)
                .containsEntry("custom", true).containsEntry("archived", false)
                .containsEntry("admin_id", ownerId).containsEntry("model", "company")
                .doesNotContainKey("options");
        assertThat(attribute.getLong("created_at")).isPositive().isEqualTo(attribute.getLong("updated_at"));
    }

    @Test
    void listShowsStandardAttributesThenCustomOnesPerModel() {
        String name = unique("contact_attr");
        createAttribute("contact", name, "integer");

        JsonPath contacts = asApp().queryParam("model", "contact").get("/data_attributes")
                .then().statusCode(200).extract().jsonPath();

        assertThat(contacts.getString("type")).isEqualTo("list");
        assertThat(contacts.getList("data.model")).containsOnly("contact");
        assertThat(contacts.getList("data.findAll { !it.custom }.name"))
                .contains("name", "email", "phone", "external_id", "role", "created_at", "signed_up_at");
        assertThat(contacts.getList("data.findAll { it.custom }.name")).contains(name);
        assertThat(contacts.getMap("data.find { it.name == 'email' }")).doesNotContainKeys("id", "admin_id", "created_at");
        asApp().queryParam("model", "company").get("/data_attributes")
                .then().statusCode(200)
                .body("data.model", not(hasItem("contact")))
                .body("data.full_name", hasItem("plan.name"))
                .body("data.name", hasItem("remote_created_at"));
        asApp().get("/data_attributes")
                .then().statusCode(200)
                .body("data.model", hasItem("contact"))
                .body("data.model", hasItem("company"));
    }

    @Test
    void conversationModelIsRefusedWith422As216Does() {
        asApp().queryParam("model", "conversation").get("/data_attributes")
                .then().statusCode(422)
                .body("errors[0].code", equalTo("parameter_invalid"))
                .body("errors[0].message", equalTo(
                        "model=conversation is no longer supported. Use GET /conversations/attributes instead"));
        asApp().queryParam("model", "ticket").get("/data_attributes")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void archivingHidesAnAttributeUnlessArchivedOnesAreAskedFor() {
        String name = unique("archivable");
        int id = createAttribute("company", name, "string");

        asApp().body(Map.of("archived", true)).put("/data_attributes/{id}", id)
                .then().statusCode(200).body("archived", equalTo(true));

        asApp().queryParam("model", "company").get("/data_attributes")
                .then().body("data.name", not(hasItem(name)));
        asApp().queryParam("model", "company").queryParam("include_archived", true).get("/data_attributes")
                .then().body("data.name", hasItem(name));
        asApp().body(Map.of("archived", false)).put("/data_attributes/{id}", id)
                .then().statusCode(200).body("archived", equalTo(false));
    }

    @Test
    void updateChangesDescriptionMessengerWritabilityAndOptions() {
        String name = unique("tier");
        int id = asApp().body(Map.of("name", name, "model", "company", "data_type", "options",
                        "options", List.of(Map.of("value", "gold"), Map.of("value", "silver"))))
                .post("/data_attributes").then().statusCode(200)
                .body("data_type", equalTo("string"))
                .body("options", equalTo(List.of("gold", "silver")))
                .extract().path("id");

        asApp().body(Map.of("description", "Customer tier", "messenger_writable", true,
                        "options", List.of(Map.of("value", "gold"), Map.of("value", "silver"), Map.of("value", "bronze"))))
                .put("/data_attributes/{id}", id)
                .then().statusCode(200)
                .body("description", equalTo("Customer tier"))
                .body("messenger_writable", equalTo(true))
                .body("options", equalTo(List.of("gold", "silver", "bronze")));
    }

    @Test
    void dataTypeCannotBeChanged() {
        int id = createAttribute("contact", unique("fixed_type"), "string");

        asApp().body(Map.of("data_type", "integer")).put("/data_attributes/{id}", id)
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("options", List.of(Map.of("value", "a"), Map.of("value", "b"))))
                .put("/data_attributes/{id}", id)
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void updatingAnUnknownAttributeIsFieldNotFound() {
        for (String id : new String[] {"999999", "not-a-number"}) {
            asApp().body(Map.of("archived", true)).put("/data_attributes/{id}", id)
                    .then().statusCode(404)
                    .body("errors[0].code", equalTo("field_not_found"))
                    .body("errors[0].message", equalTo("We couldn't find that data attribute to update"));
        }
    }
}
