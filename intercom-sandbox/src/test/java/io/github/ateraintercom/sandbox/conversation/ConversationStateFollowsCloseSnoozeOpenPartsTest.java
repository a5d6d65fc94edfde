package io.github.ateraintercom.sandbox.conversation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.adminId;
import static io.github.ateraintercom.sandbox.support.Fixtures.createUser;
import static io.github.ateraintercom.sandbox.support.Fixtures.startConversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ConversationStateFollowsCloseSnoozeOpenPartsTest {

    @Test
    void closeSnoozeAndOpenEachAddAPartAndSetTheState() {
        String admin = adminId(0);
        String conversation = startConversation(createUser(), "Help");

        JsonPath closed = manage(conversation, Map.of("message_type", "close", "type", "admin", "admin_id", admin,
                "body", "Goodbye :)"));
        assertThat(closed.getString("state")).isEqualTo("closed");
        assertThat(closed.getBoolean("open")).isFalse();
        assertThat(closed.getString("conversation_parts.conversation_parts[0].part_type")).isEqualTo("close");
        assertThat(closed.getString("conversation_parts.conversation_parts[0].body")).isEqualTo("<p>Goodbye :)</p>");
        assertThat(closed.getString("conversation_parts.conversation_parts[0].state")).isEqualTo("closed");
        assertThat(closed.getString("statistics.last_closed_by_id")).isEqualTo(admin);

        JsonPath snoozed = manage(conversation, Map.of("message_type", "snoozed", "admin_id", admin,
                "snoozed_until", 1_900_000_000));
        assertThat(snoozed.getString("state")).isEqualTo("snoozed");
        assertThat(snoozed.getBoolean("open")).isTrue();
        assertThat(snoozed.getLong("snoozed_until")).isEqualTo(1_900_000_000L);

        JsonPath opened = manage(conversation, Map.of("message_type", "open", "admin_id", admin));
        assertThat(opened.getString("state")).isEqualTo("open");
        assertThat(opened.getString("snoozed_until")).isNull();
        assertThat(opened.getList("conversation_parts.conversation_parts.part_type"))
                .containsExactly("close", "snoozed", "open");
        assertThat(opened.getList("conversation_parts.conversation_parts.author.id")).containsOnly(admin);
        assertThat(opened.getInt("statistics.count_reopens")).isEqualTo(1);
    }

    @Test
    void actionsAreStampedWithTheCurrentTimeAndTakeNoCreatedAt() {
        String conversation = startConversation(createUser(), "Help");

        asApp().body(Map.of("message_type", "close", "type", "admin", "admin_id", adminId(0), "created_at", 1_000))
                .post("/conversations/{id}/parts", conversation)
                .then().statusCode(400).body("errors[0].code", equalTo("bad_request"));
        long closedAt = manage(conversation, Map.of("message_type", "close", "type", "admin", "admin_id", adminId(0)))
                .getLong("conversation_parts.conversation_parts[0].created_at");
        assertThat(closedAt).isGreaterThan(1_700_000_000L);
    }

    @Test
    void assignmentSetsAndClearsTheAdminAndTheTeam() {
        String admin = adminId(0);
        String assignee = adminId(1);
        String team = asApp().get("/teams").then().extract().path("teams[1].id");
        String conversation = startConversation(createUser(), "Help");

        JsonPath toAdmin = manage(conversation, Map.of("message_type", "assignment", "type", "admin", "admin_id", admin,
                "assignee_id", assignee, "body", "Passing you on"));
        assertThat(toAdmin.getLong("admin_assignee_id")).isEqualTo(Long.parseLong(assignee));
        assertThat(toAdmin.getString("conversation_parts.conversation_parts[0].part_type")).isEqualTo("assignment");
        assertThat(toAdmin.getMap("conversation_parts.conversation_parts[0].assigned_to"))
                .isEqualTo(Map.of("type", "admin", "id", assignee));

        JsonPath toTeam = manage(conversation, Map.of("message_type", "assignment", "type", "team", "admin_id", admin,
                "assignee_id", Long.parseLong(team)));
        assertThat(toTeam.getLong("team_assignee_id")).isEqualTo(Long.parseLong(team));
        assertThat(toTeam.getLong("admin_assignee_id")).isEqualTo(Long.parseLong(assignee));

        JsonPath unassigned = manage(conversation, Map.of("message_type", "assignment", "type", "admin", "admin_id", admin,
                "assignee_id", "0"));
        assertThat(unassigned.getLong("admin_assignee_id")).isZero();
        assertThat(unassigned.getString("conversation_parts.conversation_parts[2].assigned_to")).isNull();
        assertThat(unassigned.getInt("statistics.count_assignments")).isEqualTo(3);
    }

    @Test
    void assigningOrAContactReplyReopensAClosedConversation() {
        String admin = adminId(0);
        String contact = createUser();
        String conversation = startConversation(contact, "Help");
        manage(conversation, Map.of("message_type", "close", "type", "admin", "admin_id", admin));

        JsonPath assigned = manage(conversation, Map.of("message_type", "assignment", "type", "admin", "admin_id", admin,
                "assignee_id", admin));
        assertThat(assigned.getString("state")).isEqualTo("open");
        assertThat(assigned.getString("conversation_parts.conversation_parts[1].part_type")).isEqualTo("assign_and_reopen");

        manage(conversation, Map.of("message_type", "close", "type", "admin", "admin_id", admin));
        JsonPath replied = asApp().body(Map.of("message_type", "comment", "type", "user", "intercom_user_id", contact,
                        "body", "Still broken"))
                .post("/conversations/{id}/reply", conversation).then().statusCode(200).extract().jsonPath();
        assertThat(replied.getString("state")).isEqualTo("open");
        assertThat(replied.getString("conversation_parts.conversation_parts[3].part_type")).isEqualTo("open");
        assertThat(replied.getLong("waiting_since")).isEqualTo(replied.getLong("conversation_parts.conversation_parts[3].created_at"));
    }

    @Test
    void badActionsAreRefused() {
        String admin = adminId(0);
        String conversation = startConversation(createUser(), "Help");

        refused(conversation, Map.of("type", "admin", "admin_id", admin), 400, "parameter_not_found");
        refused(conversation, Map.of("message_type", "archive", "admin_id", admin), 400, "parameter_invalid");
        refused(conversation, Map.of("message_type", "close", "admin_id", admin), 400, "parameter_not_found");
        refused(conversation, Map.of("message_type", "close", "type", "admin"), 400, "parameter_not_found");
        refused(conversation, Map.of("message_type", "close", "type", "admin", "admin_id", "12"), 404, "admin_not_found");
        refused(conversation, Map.of("message_type", "snoozed", "admin_id", admin), 400, "parameter_not_found");
        refused(conversation, Map.of("message_type", "snoozed", "admin_id", admin, "snoozed_until", "soon"),
                400, "parameter_invalid");
        refused(conversation, Map.of("message_type", "assignment", "type", "admin", "admin_id", admin),
                400, "parameter_not_found");
        refused(conversation, Map.of("message_type", "assignment", "type", "bot", "admin_id", admin, "assignee_id", admin),
                400, "parameter_invalid");
        refused(conversation, Map.of("message_type", "assignment", "type", "admin", "admin_id", admin, "assignee_id", "77"),
                404, "admin_not_found");
        refused(conversation, Map.of("message_type", "assignment", "type", "team", "admin_id", admin, "assignee_id", "77"),
                404, "team_not_found");
        asApp().get("/conversations/{id}", conversation).then()
                .body("state", equalTo("open"))
                .body("conversation_parts.total_count", equalTo(0));
    }

    private static JsonPath manage(String conversation, Map<String, Object> body) {
        return asApp().body(body).post("/conversations/{id}/parts", conversation)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void refused(String conversation, Map<String, Object> body, int status, String code) {
        asApp().body(body).post("/conversations/{id}/parts", conversation)
                .then().statusCode(status).body("errors[0].code", equalTo(code));
    }
}
