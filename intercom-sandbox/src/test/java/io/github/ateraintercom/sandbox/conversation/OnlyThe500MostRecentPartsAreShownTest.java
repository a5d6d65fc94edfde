package io.github.ateraintercom.sandbox.conversation;

import io.quarkus.test.junit.QuarkusTest;
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
class OnlyThe500MostRecentPartsAreShownTest {

    @Test
    void aConversationOf505PartsShowsTheLast500AndCountsThemAll() {
        String admin = adminId(0);
        String conversation = startConversation(createUser(), "Long story");
        for (int index = 1; index <= 505; index++) {
            asApp().body(Map.of("message_type", "note", "type", "admin", "admin_id", admin, "body", "note " + index))
                    .post("/conversations/{id}/reply", conversation).then().statusCode(200);
        }

        JsonPath found = asApp().get("/conversations/{id}", conversation).then().statusCode(200).extract().jsonPath();

        assertThat(found.getInt("conversation_parts.total_count")).isEqualTo(505);
        List<String> bodies = found.getList("conversation_parts.conversation_parts.body");
        assertThat(bodies).hasSize(500);
        assertThat(bodies.get(0)).isEqualTo("<p>note 6</p>");
        assertThat(bodies.get(499)).isEqualTo("<p>note 505</p>");
    }
}
