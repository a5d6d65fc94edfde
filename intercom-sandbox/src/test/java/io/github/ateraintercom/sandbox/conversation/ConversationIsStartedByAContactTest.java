package io.github.ateraintercom.sandbox.conversation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createContact;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class ConversationIsStartedByAContactTest {

    @Test
    void createAnswersTheUserMessageAndTheConversationStartsWithIt() {
        String externalId = unique("atera");
        String email = unique("starter") + "@example.com";
        String contact = createContact(Map.of("email", email, "external_id", externalId, "name", "Sam Starter"));

        JsonPath message = asApp()
                .body(Map.of("from", Map.of("type", "user", "id", contact), "body", "Printer on fire",
                        "subject", "Printer", "created_at", 1_500_000_000,
                        "attachment_urls", List.of("https://files.example.com/photos/fire.png")))
                .post("/conversations")
                .then().statusCode(200)
                .body("type", equalTo("user_message"))
                .body("id", matchesPattern("^[0-9]+$"))
                .body("conversation_id", matchesPattern("^[0-9]+$"))
                .body("created_at", equalTo(1_500_000_000))
                .body("body", equalTo("Printer on fire"))
                .body("message_type", equalTo("inapp"))
                .extract().jsonPath();

        JsonPath conversation = asApp().get("/conversations/{id}", message.getString("conversation_id"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(conversation.getString("type")).isEqualTo("conversation");
        assertThat(conversation.getLong("created_at")).isEqualTo(1_500_000_000L);
        assertThat(conversation.getString("state")).isEqualTo("open");
        assertThat(conversation.getBoolean("open")).isTrue();
        assertThat(conversation.getLong("waiting_since")).isEqualTo(1_500_000_000L);
        assertThat(conversation.getString("source.id")).isEqualTo(message.getString("id"));
        assertThat(conversation.getString("source.body")).isEqualTo("<p>Printer on fire</p>");
        assertThat(conversation.getString("source.subject")).isEqualTo("Printer");
        assertThat(conversation.getString("source.delivered_as")).isEqualTo("customer_initiated");
        assertThat(conversation.getMap("source.author"))
                .isEqualTo(Map.of("type", "user", "id", contact, "name", "Sam Starter", "email", email));
        assertThat(conversation.getMap("source.attachments[0]")).isEqualTo(Map.of("type", "upload", "name", "fire.png",
                "url", "https://files.example.com/photos/fire.png", "content_type", "image/png"));
        assertThat(conversation.getList("contacts.contacts"))
                .isEqualTo(List.of(Map.of("type", "contact", "id", contact, "external_id", externalId)));
        assertThat(conversation.getInt("admin_assignee_id")).isZero();
        assertThat(conversation.getString("tags.type")).isEqualTo("tag.list");
        assertThat(conversation.getString("conversation_parts.type")).isEqualTo("conversation_part.list");
        assertThat(conversation.getInt("conversation_parts.total_count")).isZero();
        assertThat(conversation.getLong("statistics.first_contact_reply_at")).isEqualTo(1_500_000_000L);
        assertThat(conversation.getString("priority")).isEqualTo("none");
    }

    @Test
    void plaintextDisplayDropsTheMarkup() {
        String contact = createContact(Map.of("email", unique("plain") + "@example.com"));
        String id = asApp().body(Map.of("from", Map.of("type", "contact", "id", contact), "body", "Fish & chips"))
                .post("/conversations").then().statusCode(200).extract().path("conversation_id");

        asApp().get("/conversations/{id}", id).then().body("source.body", equalTo("<p>Fish &amp; chips</p>"));
        asApp().queryParam("display_as", "plaintext").get("/conversations/{id}", id)
                .then().body("source.body", equalTo("Fish & chips"));
    }

    @Test
    void unknownContactMissingFieldsAndWrongTypesAreRefused() {
        String contact = createContact(Map.of("email", unique("refused") + "@example.com"));

        asApp().body(Map.of("from", Map.of("type", "user", "id", "0123456789abcdef01234567"), "body", "Hi"))
                .post("/conversations")
                .then().statusCode(404)
                .body("errors[0].code", equalTo("not_found"))
                .body("errors[0].message", equalTo("User Not Found"));
        asApp().body(Map.of("from", Map.of("type", "user", "id", contact))).post("/conversations")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_not_found"));
        asApp().body(Map.of("body", "Hi")).post("/conversations")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_not_found"));
        asApp().body(Map.of("from", Map.of("type", "admin", "id", contact), "body", "Hi")).post("/conversations")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("from", Map.of("type", "user", "id", contact), "body", "Hi", "created_at", "yesterday"))
                .post("/conversations")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("from", Map.of("type", "user", "id", contact), "body", 42)).post("/conversations")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("from", Map.of("type", "user", "id", contact), "body", "Hi", "priority", "high"))
                .post("/conversations")
                .then().statusCode(400).body("errors[0].code", equalTo("bad_request"));
        asApp().body("{not json").post("/conversations")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void moreThanTenAttachmentsOrANonUrlAreRefused() {
        String contact = createContact(Map.of("email", unique("attach") + "@example.com"));
        List<String> eleven = Collections.nCopies(11, "https://files.example.com/a.pdf");

        asApp().body(Map.of("from", Map.of("type", "user", "id", contact), "body", "Hi", "attachment_urls", eleven))
                .post("/conversations")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("from", Map.of("type", "user", "id", contact), "body", "Hi",
                        "attachment_urls", List.of("ftp://files.example.com/a.pdf")))
                .post("/conversations")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("from", Map.of("type", "user", "id", contact), "body", "Hi",
                        "attachment_urls", eleven.subList(0, 10)))
                .post("/conversations")
                .then().statusCode(200);
    }

    @Test
    void unknownConversationIsNotFoundEverywhere() {
        String admin = asApp().get("/me").then().extract().path("id");
        Map<String, Object> note = Map.of("message_type", "note", "type", "admin", "admin_id", admin, "body", "x");

        for (String id : List.of("999999999", "not-a-number")) {
            asApp().get("/conversations/{id}", id).then().statusCode(404)
                    .body("errors[0].code", equalTo("not_found"))
                    .body("errors[0].message", equalTo("Resource Not Found"));
            asApp().body(Map.of("title", "x")).put("/conversations/{id}", id).then().statusCode(404);
            asApp().delete("/conversations/{id}", id).then().statusCode(404);
            asApp().body(note).post("/conversations/{id}/reply", id).then().statusCode(404);
            asApp().body(Map.of("message_type", "open", "admin_id", admin)).post("/conversations/{id}/parts", id)
                    .then().statusCode(404);
        }
    }
}
