package io.github.ateraintercom.sandbox.conversation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.adminId;
import static io.github.ateraintercom.sandbox.support.Fixtures.createTag;
import static io.github.ateraintercom.sandbox.support.Fixtures.createUser;
import static io.github.ateraintercom.sandbox.support.Fixtures.startConversation;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ConversationsAreTaggedByATeammateTest {

    @Test
    void aTagAppliedByATeammateShowsOnTheConversationAndCanBeRemoved() {
        String admin = adminId(2);
        String conversation = startConversation(createUser(), "Help");
        String name = unique("migrated");
        String tag = createTag(name);

        asApp().body(Map.of("id", Long.parseLong(tag), "admin_id", Long.parseLong(admin)))
                .post("/conversations/{id}/tags", conversation)
                .then().statusCode(200)
                .body("type", equalTo("tag"))
                .body("id", equalTo(tag))
                .body("name", equalTo(name))
                .body("applied_by", equalTo(Map.of("type", "admin", "id", admin)));
        asApp().get("/conversations/{id}", conversation)
                .then().body("tags.tags.id", equalTo(List.of(tag)))
                .body("tags.tags[0].applied_by.id", equalTo(admin));
        asApp().delete("/tags/{id}", tag)
                .then().statusCode(400).body("errors[0].code", equalTo("tag_has_dependent_objects"));

        asApp().body(Map.of("admin_id", admin)).delete("/conversations/{id}/tags/{tag}", conversation, tag)
                .then().statusCode(200).body("id", equalTo(tag)).body("applied_by.id", equalTo(admin));
        asApp().get("/conversations/{id}", conversation).then().body("tags.tags", hasSize(0));
    }

    @Test
    void missingFieldsUnknownTeammatesTagsAndConversationsAreRefused() {
        String admin = adminId(0);
        String conversation = startConversation(createUser(), "Help");
        String tag = createTag(unique("known"));

        asApp().body(Map.of("id", tag)).post("/conversations/{id}/tags", conversation)
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_not_found"));
        asApp().body(Map.of("admin_id", admin)).post("/conversations/{id}/tags", conversation)
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_not_found"));
        asApp().body(Map.of("id", tag, "admin_id", "5")).post("/conversations/{id}/tags", conversation)
                .then().statusCode(404).body("errors[0].code", equalTo("admin_not_found"));
        asApp().body(Map.of("id", "99999999", "admin_id", admin)).post("/conversations/{id}/tags", conversation)
                .then().statusCode(404)
                .body("errors[0].code", equalTo("tag_not_found"))
                .body("errors[0].message", equalTo("Tag not found"));
        asApp().body(Map.of("id", tag, "admin_id", admin)).post("/conversations/{id}/tags", "99999999")
                .then().statusCode(404)
                .body("errors[0].code", equalTo("not_found"))
                .body("errors[0].message", equalTo("Conversation not found"));
        asApp().body(Map.of()).delete("/conversations/{id}/tags/{tag}", conversation, tag)
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_not_found"));
        asApp().body(Map.of("admin_id", admin)).delete("/conversations/{id}/tags/{tag}", conversation, "99999999")
                .then().statusCode(404).body("errors[0].code", equalTo("tag_not_found"));
        asApp().body(Map.of("admin_id", admin)).delete("/conversations/{id}/tags/{tag}", "99999999", tag)
                .then().statusCode(404).body("errors[0].message", equalTo("Conversation not found"));
    }
}
