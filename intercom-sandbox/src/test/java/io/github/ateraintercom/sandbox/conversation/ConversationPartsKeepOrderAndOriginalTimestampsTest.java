package io.github.ateraintercom.sandbox.conversation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.adminId;
import static io.github.ateraintercom.sandbox.support.Fixtures.createContact;
import static io.github.ateraintercom.sandbox.support.Fixtures.startConversation;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ConversationPartsKeepOrderAndOriginalTimestampsTest {

    @Test
    void repliesAreListedInTheOrderSentWithTheTimesTheyCarry() {
        String email = unique("replier") + "@example.com";
        String externalId = unique("ext");
        String contact = createContact(Map.of("email", email, "external_id", externalId, "name", "Rita Replier"));
        String admin = adminId(1);
        String conversation = startConversation(contact, "It broke");

        reply(conversation, Map.of("message_type", "comment", "type", "admin", "admin_id", admin,
                "body", "Have you tried turning it off?", "created_at", 1_600_000_100,
                "attachment_urls", List.of("https://files.example.com/guide.pdf")));
        reply(conversation, Map.of("message_type", "comment", "type", "user", "user_id", externalId,
                "body", "Yes", "created_at", 1_600_000_300));
        // Sent later, but dated earlier: the order stays the order of the calls.
        reply(conversation, Map.of("message_type", "note", "type", "admin", "admin_id", Long.parseLong(admin),
                "body", "<b>Escalate</b>", "created_at", 1_600_000_200));
        JsonPath answer = reply(conversation, Map.of("message_type", "comment", "type", "user", "email", email.toUpperCase(),
                "body", "Thanks"));

        List<Map<String, Object>> parts = answer.getList("conversation_parts.conversation_parts");
        assertThat(parts).extracting(part -> part.get("part_type")).containsExactly("comment", "comment", "note", "comment");
        assertThat(parts).extracting(part -> part.get("body"))
                .containsExactly("<p>Have you tried turning it off?</p>", "<p>Yes</p>", "<b>Escalate</b>", "<p>Thanks</p>");
        assertThat(parts.subList(0, 3)).extracting(part -> ((Number) part.get("created_at")).longValue())
                .containsExactly(1_600_000_100L, 1_600_000_300L, 1_600_000_200L);
        assertThat(((Number) parts.get(3).get("created_at")).longValue()).isGreaterThan(1_600_000_300L);
        assertThat(parts).extracting(part -> part.get("id")).doesNotHaveDuplicates();
        assertThat(parts.get(0).get("type")).isEqualTo("conversation_part");
        assertThat(parts.get(0).get("author")).isEqualTo(Map.of("type", "admin", "id", admin,
                "name", "Tom Tech", "email", "tom.tech@sandbox.example"));
        assertThat(parts.get(0).get("attachments")).isEqualTo(List.of(Map.of("type", "upload", "name", "guide.pdf",
                "url", "https://files.example.com/guide.pdf", "content_type", "application/pdf")));
        assertThat(parts.get(1).get("author")).isEqualTo(Map.of("type", "user", "id", contact,
                "name", "Rita Replier", "email", email));
        assertThat(answer.getInt("conversation_parts.total_count")).isEqualTo(4);
        assertThat(answer.getList("teammates.teammates")).isEqualTo(List.of(Map.of("type", "admin", "id", admin)));
        asApp().get("/conversations/{id}", conversation).then()
                .body("conversation_parts.conversation_parts.id", equalTo(parts.stream().map(part -> part.get("id")).toList()));
    }

    @Test
    void theContactWaitsFromItsFirstUnansweredMessageUntilATeammateComments() {
        String contact = createContact(Map.of("email", unique("waiting") + "@example.com"));
        String admin = adminId(0);
        String conversation = startConversation(contact, "Hello?");
        long started = asApp().get("/conversations/{id}", conversation).then().extract().jsonPath().getLong("created_at");

        reply(conversation, Map.of("message_type", "comment", "type", "user", "intercom_user_id", contact, "body", "Anyone?"));
        assertThat(waitingSince(conversation)).isEqualTo(started);
        reply(conversation, Map.of("message_type", "note", "type", "admin", "admin_id", admin, "body", "Looking"));
        assertThat(waitingSince(conversation)).isEqualTo(started);
        reply(conversation, Map.of("message_type", "comment", "type", "admin", "admin_id", admin, "body", "Here"));
        assertThat(waitingSince(conversation)).isNull();
    }

    @Test
    void badRepliesAreRefused() {
        String contact = createContact(Map.of("email", unique("badreply") + "@example.com"));
        String admin = adminId(0);
        String conversation = startConversation(contact, "Hello");

        refused(conversation, Map.of("message_type", "comment", "type", "admin", "body", "x"), 400, "parameter_not_found");
        refused(conversation, Map.of("message_type", "comment", "type", "admin", "admin_id", admin), 400, "parameter_not_found");
        refused(conversation, Map.of("message_type", "shout", "type", "admin", "admin_id", admin, "body", "x"),
                400, "parameter_invalid");
        refused(conversation, Map.of("message_type", "comment", "type", "bot", "body", "x"), 400, "parameter_invalid");
        refused(conversation, Map.of("message_type", "comment", "body", "x"), 400, "parameter_not_found");
        refused(conversation, Map.of("message_type", "comment", "type", "admin", "admin_id", "1", "body", "x"),
                404, "admin_not_found");
        refused(conversation, Map.of("message_type", "comment", "type", "admin", "admin_id", admin, "body", "x",
                "created_at", "now"), 400, "parameter_invalid");
        refused(conversation, Map.of("message_type", "comment", "type", "admin", "admin_id", admin, "body", "x",
                "attachment_urls", Collections.nCopies(11, "https://files.example.com/a.png")),
                400, "parameter_invalid");
        refused(conversation, Map.of("message_type", "quick_reply", "type", "admin", "admin_id", admin),
                400, "parameter_not_found");
        refused(conversation, Map.of("message_type", "comment", "type", "user", "body", "x"), 400, "parameter_not_found");
        refused(conversation, Map.of("message_type", "note", "type", "user", "intercom_user_id", contact, "body", "x"),
                400, "parameter_invalid");
        refused(conversation, Map.of("message_type", "comment", "type", "user", "user_id", unique("nobody"), "body", "x"),
                404, "not_found");
        refused(conversation, Map.of("message_type", "comment", "type", "user", "intercom_user_id", contact, "body", "x",
                "admin_id", admin), 400, "bad_request");
        asApp().get("/conversations/{id}", conversation).then().body("conversation_parts.total_count", equalTo(0));
    }

    @Test
    void aQuickReplyNeedsOptionsButNoBody() {
        String conversation = startConversation(createContact(Map.of("email", unique("quick") + "@example.com")), "Hi");

        JsonPath answer = reply(conversation, Map.of("message_type", "quick_reply", "type", "admin", "admin_id", adminId(0),
                "reply_options", List.of(Map.of("text", "Yes", "uuid", "a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb"))));

        assertThat(answer.getString("conversation_parts.conversation_parts[0].part_type")).isEqualTo("quick_reply");
        assertThat(answer.getString("conversation_parts.conversation_parts[0].body")).isNull();
    }

    private static JsonPath reply(String conversation, Map<String, Object> body) {
        return asApp().body(body).post("/conversations/{id}/reply", conversation)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void refused(String conversation, Map<String, Object> body, int status, String code) {
        asApp().body(body).post("/conversations/{id}/reply", conversation)
                .then().statusCode(status).body("errors[0].code", equalTo(code));
    }

    private static Long waitingSince(String conversation) {
        Object value = asApp().get("/conversations/{id}", conversation).then().extract().path("waiting_since");
        return value == null ? null : ((Number) value).longValue();
    }
}
