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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class DeletedConversationsAreGoneForGoodTest {

    @Test
    void deleteAnswersTheDeletedObjectAndListsTheIdAmongDeletedOnes() {
        String conversation = startConversation(createUser(), "Help");
        String tag = createTag(unique("doomed"));
        asApp().body(Map.of("id", tag, "admin_id", adminId(0))).post("/conversations/{id}/tags", conversation)
                .then().statusCode(200);

        asApp().queryParam("retain_metrics", "false").delete("/conversations/{id}", conversation)
                .then().statusCode(200)
                .body("id", equalTo(conversation))
                .body("object", equalTo("conversation"))
                .body("deleted", equalTo(true));

        asApp().get("/conversations/{id}", conversation).then().statusCode(404);
        asApp().delete("/conversations/{id}", conversation).then().statusCode(404);
        asApp().body(Map.of("query", Map.of("field", "id", "operator", "=", "value", conversation)))
                .post("/conversations/search").then().body("total_count", equalTo(0));
        // The conversation's tags went with it, so the tag is free to go.
        asApp().delete("/tags/{id}", tag).then().statusCode(200);
        List<Map<String, Object>> deleted = asApp().queryParam("per_page", 60).get("/conversations/deleted")
                .then().statusCode(200)
                .body("type", equalTo("conversations.list"))
                .body("pages.type", equalTo("pages"))
                .extract().path("conversations");
        assertThat(deleted).anySatisfy(item -> {
            assertThat(item).containsEntry("type", "conversation").containsEntry("id", conversation)
                    .containsEntry("metrics_retained", false);
            assertThat(item.get("deleted_at")).isNotNull();
        });
        asApp().queryParam("per_page", 61).get("/conversations/deleted")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void deletingTheContactKeepsItsConversations() {
        String contact = createUser();
        String conversation = startConversation(contact, "Help");

        asApp().delete("/contacts/{id}", contact).then().statusCode(200);

        asApp().get("/conversations/{id}", conversation)
                .then().statusCode(200)
                .body("contacts.contacts[0].id", equalTo(contact))
                .body("contacts.contacts[0].external_id", equalTo(null))
                .body("source.author.id", equalTo(contact));
        asApp().get("/conversations/deleted").then().body("conversations.id", not(hasItem(conversation)));
    }
}
