package io.github.ateraintercom.sandbox.conversation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createUser;
import static io.github.ateraintercom.sandbox.support.Fixtures.startConversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ConversationListIsCursorPagedTest {

    @Test
    void followingTheCursorVisitsEveryConversationOnceOldestFirst() {
        String contact = createUser();
        List<String> started = List.of(startConversation(contact, "One"), startConversation(contact, "Two"),
                startConversation(contact, "Three"));

        JsonPath first = asApp().get("/conversations").then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("type")).isEqualTo("conversation.list");
        assertThat(first.getInt("pages.per_page")).isEqualTo(20);
        assertThat(first.getMap("conversations[0]")).doesNotContainKey("conversation_parts");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = asApp().queryParam("per_page", 2);
            if (cursor != null) {
                request.queryParam("starting_after", cursor);
            }
            JsonPath page = request.get("/conversations").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("conversations.id"));
            cursor = page.getString("pages.next.starting_after");
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen.stream().filter(started::contains).toList()).isEqualTo(started);
    }

    @Test
    void pageSizesOutsideOneTo150AreRefused() {
        asApp().queryParam("per_page", 151).get("/conversations")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().queryParam("per_page", "many").get("/conversations")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().queryParam("starting_after", "forged").get("/conversations")
                .then().statusCode(400).body("errors[0].code", equalTo("client_error"));
    }
}
