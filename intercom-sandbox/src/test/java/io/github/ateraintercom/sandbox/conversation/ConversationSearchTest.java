package io.github.ateraintercom.sandbox.conversation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.adminId;
import static io.github.ateraintercom.sandbox.support.Fixtures.createContact;
import static io.github.ateraintercom.sandbox.support.Fixtures.createTag;
import static io.github.ateraintercom.sandbox.support.Fixtures.startConversation;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ConversationSearchTest {

    @Test
    void documentedFieldsFindTheirConversations() {
        String email = unique("searcher") + "@example.com";
        String contact = createContact(Map.of("email", email));
        String other = createContact(Map.of("email", unique("other") + "@example.com"));
        String admin = adminId(1);
        String printer = startConversation(contact, "My printer needs support");
        String laptop = startConversation(contact, "Laptop is slow");
        String foreign = startConversation(other, "Unrelated");
        String tag = createTag(unique("hardware"));
        asApp().body(Map.of("id", tag, "admin_id", admin)).post("/conversations/{id}/tags", printer).then().statusCode(200);
        asApp().body(Map.of("message_type", "close", "type", "admin", "admin_id", admin))
                .post("/conversations/{id}/parts", laptop).then().statusCode(200);
        asApp().body(Map.of("message_type", "assignment", "type", "admin", "admin_id", admin, "assignee_id", admin))
                .post("/conversations/{id}/parts", printer).then().statusCode(200);
        asApp().body(Map.of("title", unique("Ticket 77"))).put("/conversations/{id}", laptop).then().statusCode(200);

        assertThat(search(filter("contact_ids", "=", contact))).containsExactly(printer, laptop);
        assertThat(search(filter("source.author.email", "=", email.toUpperCase()))).containsExactly(printer, laptop);
        assertThat(search(filter("source.author.id", "=", other))).containsExactly(foreign);
        assertThat(search(and(filter("contact_ids", "=", contact), filter("state", "=", "closed")))).containsExactly(laptop);
        assertThat(search(and(filter("contact_ids", "=", contact), filter("open", "=", true)))).containsExactly(printer);
        assertThat(search(filter("tag_ids", "=", tag))).containsExactly(printer);
        assertThat(search(and(filter("contact_ids", "=", contact), filter("tag_ids", "!=", tag)))).containsExactly(laptop);
        assertThat(search(and(filter("contact_ids", "=", contact), filter("admin_assignee_id", "=", Long.parseLong(admin)))))
                .containsExactly(printer);
        assertThat(search(filter("id", "IN", List.of(laptop, foreign)))).containsExactly(laptop, foreign);
        assertThat(search(and(filter("contact_ids", "=", contact), filter("title", "~", "ticket 77"))))
                .containsExactly(laptop);
        // The body matches word by word.
        assertThat(search(and(filter("contact_ids", "=", contact), filter("source.body", "=", "support"))))
                .containsExactly(printer);
        assertThat(search(and(filter("contact_ids", "=", contact), filter("source.body", "=", "needs support"))))
                .isEmpty();
        assertThat(search(and(filter("contact_ids", "=", contact), filter("created_at", ">", "1000000000"))))
                .containsExactly(printer, laptop);
    }

    @Test
    void resultsArePagedTwentyAtATimeAndSortable() {
        String contact = createContact(Map.of("email", unique("pager") + "@example.com"));
        List<String> started = new ArrayList<>();
        for (int index = 0; index < 22; index++) {
            started.add(startConversation(contact, "Message " + index));
        }

        JsonPath first = asApp().body(Map.of("query", filter("contact_ids", "=", contact)))
                .post("/conversations/search").then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("type")).isEqualTo("conversation.list");
        assertThat(first.getInt("total_count")).isEqualTo(22);
        assertThat(first.getInt("pages.per_page")).isEqualTo(20);
        assertThat(first.getList("conversations.id")).isEqualTo(started.subList(0, 20));
        assertThat(first.getMap("conversations[0]")).doesNotContainKey("conversation_parts");
        String cursor = first.getString("pages.next.starting_after");
        asApp().body(Map.of("query", filter("contact_ids", "=", contact),
                        "pagination", Map.of("per_page", 20, "starting_after", cursor)))
                .post("/conversations/search")
                .then().body("conversations.id", equalTo(started.subList(20, 22)));

        asApp().body(Map.of("query", filter("contact_ids", "=", contact), "pagination", Map.of("per_page", 3),
                        "sort", Map.of("field", "id", "order", "descending")))
                .post("/conversations/search")
                .then().body("conversations.id", equalTo(List.of(started.get(21), started.get(20), started.get(19))));
    }

    @Test
    void unknownFieldsBadOperatorsAndBadPagesAreRefused() {
        refused(Map.of("query", filter("custom_attributes.atera_ticket", "=", "1")), "parameter_invalid");
        refused(Map.of("query", filter("statistics.first_close_at", ">", 1)), "parameter_invalid");
        refused(Map.of("query", filter("open", "~", "true")), "parameter_invalid");
        refused(Map.of("query", filter("created_at", "=", "yesterday")), "parameter_invalid");
        refused(Map.of("query", filter("state", "=", "open"), "pagination", Map.of("per_page", 151)), "parameter_invalid");
        refused(Map.of("query", filter("state", "=", "open"), "sort", Map.of("field", "contact_ids")), "parameter_invalid");
        refused(Map.of(), "parameter_not_found");
    }

    private static void refused(Map<String, Object> body, String code) {
        asApp().body(body).post("/conversations/search").then().statusCode(400).body("errors[0].code", equalTo(code));
    }

    private static List<String> search(Map<String, Object> query) {
        return asApp().body(Map.of("query", query, "pagination", Map.of("per_page", 150)))
                .post("/conversations/search").then().statusCode(200).extract().path("conversations.id");
    }

    private static Map<String, Object> filter(String field, String operator, Object value) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("field", field);
        filter.put("operator", operator);
        filter.put("value", value);
        return filter;
    }

    private static Map<String, Object> and(Map<String, Object> first, Map<String, Object> second) {
        return Map.of("operator", "AND", "value", List.of(first, second));
    }
}
