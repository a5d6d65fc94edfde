package io.github.ateraintercom.sandbox.contact;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.HEX_ID;
import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createAttribute;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ContactCreateAnswersTheFullContactTest {

    @Test
    void everyFieldSentIsStoredAndRendered() {
        String email = unique("Joe.Bloggs") + "@Example.com";
        String externalId = unique("atera");
        String source = unique("source");
        createAttribute("contact", source, "string");
        String owner = asApp().get("/admins").then().extract().path("admins[1].id");

        JsonPath contact = asApp().body(Map.ofEntries(
                        Map.entry("role", "user"), Map.entry("external_id", externalId), Map.entry("email", email),
                        Map.entry("phone", "+353871234567"), Map.entry("name", "Joe Bloggs"),
                        Map.entry("avatar", "https://www.example.com/avatar_image.jpg"),
                        Map.entry("signed_up_at", 1571672154), Map.entry("last_seen_at", 1571672200),
                        Map.entry("owner_id", owner), Map.entry("unsubscribed_from_emails", true),
                        Map.entry("custom_attributes", Map.of(source, "atera"))))
                .post("/contacts").then().statusCode(200).extract().jsonPath();

        String id = contact.getString("id");
        assertThat(id).matches(HEX_ID);
        assertThat(contact.getString("type")).isEqualTo("contact");
        assertThat(contact.getString("workspace_id")).isEqualTo("sandbox1");
        assertThat(contact.getString("role")).isEqualTo("user");
        assertThat(contact.getString("external_id")).isEqualTo(externalId);
        assertThat(contact.getString("email")).isEqualTo(email);
        assertThat(contact.getString("email_domain")).isEqualTo("example.com");
        assertThat(contact.getString("phone")).isEqualTo("+353871234567");
        assertThat(contact.getString("name")).isEqualTo("Joe Bloggs");
        assertThat(contact.getMap("avatar")).isEqualTo(Map.of("type", "avatar", "image_url", "https://www.example.com/avatar_image.jpg"));
        assertThat(contact.getString("owner_id")).isEqualTo(owner);
        assertThat(contact.getLong("signed_up_at")).isEqualTo(1571672154L);
        assertThat(contact.getLong("last_seen_at")).isEqualTo(1571672200L);
        assertThat(contact.getBoolean("unsubscribed_from_emails")).isTrue();
        assertThat(contact.getLong("created_at")).isPositive().isEqualTo(contact.getLong("updated_at"));
        assertThat(id).startsWith(Long.toHexString(contact.getLong("created_at")));
        assertThat(contact.getMap("custom_attributes")).isEqualTo(Map.of(source, "atera"));
        for (String list : new String[] {"tags", "notes", "companies"}) {
            assertThat(contact.getMap(list)).isEqualTo(Map.of("type", "list", "data", List.of(),
                    "url", "/contacts/" + id + "/" + list, "total_count", 0, "has_more", false));
        }
    }

    @Test
    void anEmailAloneMakesAUserWithUnsetFieldsShownAsNull() {
        JsonPath contact = asApp().body(Map.of("email", unique("only") + "@example.com"))
                .post("/contacts").then().statusCode(200).extract().jsonPath();

        assertThat(contact.getString("role")).isEqualTo("user");
        assertThat(contact.getMap("$")).containsEntry("external_id", null).containsEntry("phone", null)
                .containsEntry("name", null).containsEntry("avatar", null).containsEntry("owner_id", null)
                .containsEntry("signed_up_at", null).containsEntry("last_seen_at", null)
                .containsEntry("has_hard_bounced", false).containsEntry("marked_email_as_spam", false)
                .containsEntry("unsubscribed_from_emails", false);
        assertThat(contact.getMap("custom_attributes")).isEmpty();
        assertThat(contact.getString("location.type")).isEqualTo("location");
    }

    @Test
    void aLeadNeedsOnlyItsRole() {
        asApp().body(Map.of("role", "lead")).post("/contacts")
                .then().statusCode(200).body("role", equalTo("lead")).body("email", equalTo(null));
    }

    @Test
    void ownerIdMayBeSentAsANumber() {
        String owner = asApp().get("/me").then().extract().path("id");

        asApp().body("{\"role\": \"lead\", \"owner_id\": " + owner + "}").post("/contacts")
                .then().statusCode(200).body("owner_id", equalTo(owner));
    }

    @Test
    void withoutEmailExternalIdOrRoleTheContactIsRefused() {
        asApp().body(Map.of("name", "Nobody")).post("/contacts")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_not_found"));
    }

    @Test
    void ownerMustBeATeammate() {
        asApp().body(Map.of("email", unique("owned") + "@example.com", "owner_id", "123"))
                .post("/contacts")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_invalid"))
                .body("errors[0].message", equalTo("owner_id 123 is not a teammate of this workspace"));
    }

    @Test
    void invalidValuesAreRefused() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("role", "admin"),
                Map.of("email", "not-an-email"),
                Map.of("email", 42),
                Map.of("role", "user", "signed_up_at", "yesterday"),
                Map.of("role", "user", "unsubscribed_from_emails", "no"),
                Map.of("role", "user", "email_verified", true),
                Map.of("role", "user", "custom_attributes", "flat"))) {
            asApp().body(body).post("/contacts")
                    .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        }
    }

    @Test
    void unknownFieldsAreBadRequests() {
        asApp().body(Map.of("role", "user", "companies", List.of()))
                .post("/contacts")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("bad_request"))
                .body("errors[0].message", equalTo("bad 'companies' parameter"));
    }
}
