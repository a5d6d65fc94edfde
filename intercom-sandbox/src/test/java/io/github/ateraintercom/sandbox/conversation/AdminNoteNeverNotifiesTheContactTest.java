package io.github.ateraintercom.sandbox.conversation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.adminId;
import static io.github.ateraintercom.sandbox.support.Fixtures.createUser;
import static io.github.ateraintercom.sandbox.support.Fixtures.startConversation;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class AdminNoteNeverNotifiesTheContactTest {

    @Test
    void notesAndQuietRepliesNeverReachTheContactWhileCommentsDo() {
        String admin = adminId(0);
        String conversation = startConversation(createUser(), "Help");

        asApp().body(Map.of("message_type", "note", "type", "admin", "admin_id", admin, "body", "Internal only",
                "created_at", 1_650_000_000)).post("/conversations/{id}/reply", conversation).then().statusCode(200);
        asApp().body(Map.of("message_type", "comment", "type", "admin", "admin_id", admin, "body", "Imported answer",
                "created_at", 1_650_000_100, "skip_notifications", true))
                .post("/conversations/{id}/reply", conversation).then().statusCode(200);
        JsonPath answer = asApp().body(Map.of("message_type", "comment", "type", "admin", "admin_id", admin,
                        "body", "Live answer", "created_at", 1_650_000_200))
                .post("/conversations/{id}/reply", conversation).then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> shown = answer.getList("conversation_parts.conversation_parts");
        // As in Intercom's example, a note shows when it was written as notified_at; a skipped notification shows none.
        assertThat(shown).extracting(part -> part.get("notified_at")).containsExactly(1_650_000_000, null, 1_650_000_200);
        assertThat(shown).allSatisfy(part -> assertThat(part).doesNotContainKeys("skip_notifications", "contactNotified"));

        List<Map<String, Object>> stored = storedParts(conversation);
        assertThat(stored).extracting(part -> part.get("partType")).containsExactly("note", "comment", "comment");
        assertThat(stored).extracting(part -> part.get("skipNotifications")).containsExactly(false, true, false);
        assertThat(stored).extracting(part -> part.get("contactNotified")).containsExactly(false, false, true);
    }

    @Test
    void contactRepliesAndBodilessActionsNotifyNobody() {
        String admin = adminId(0);
        String contact = createUser();
        String conversation = startConversation(contact, "Help");

        asApp().body(Map.of("message_type", "comment", "type", "user", "intercom_user_id", contact, "body", "More"))
                .post("/conversations/{id}/reply", conversation).then().statusCode(200);
        asApp().body(Map.of("message_type", "close", "type", "admin", "admin_id", admin))
                .post("/conversations/{id}/parts", conversation).then().statusCode(200);
        asApp().body(Map.of("message_type", "close", "type", "admin", "admin_id", admin, "body", "Bye"))
                .post("/conversations/{id}/parts", conversation).then().statusCode(200);

        assertThat(storedParts(conversation)).extracting(part -> part.get("contactNotified"))
                .containsExactly(false, false, true);
    }

    private static List<Map<String, Object>> storedParts(String conversation) {
        return RestAssured.get("/sandbox/state").then().statusCode(200).extract().jsonPath()
                .getList("conversations.conversations.find { it.id == '" + conversation + "' }.parts");
    }
}
