package io.github.ateraintercom.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.cli.api.JsonHttp;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's workspace as a test sees it: its whole state (every company, contact, membership,
 * conversation with its parts, tag and tagging, data attribute, collection and article, from the
 * sandbox's state route) and the records the API lists, keyed by the Atera id each carries.
 */
final class Workspace {

    private final URI sandbox;
    private final JsonHttp api;
    private final JsonHttp plain = new JsonHttp(Map.of());

    Workspace(URI sandbox) {
        this.sandbox = sandbox;
        this.api = new JsonHttp(Map.of("Authorization", "Bearer " + LocalStack.SANDBOX_TOKEN, "Intercom-Version", "2.16"));
    }

    /** Everything the workspace holds, as the sandbox exports it. */
    JsonNode state() {
        JsonHttp.Answer answer = plain.get(sandbox.resolve("/sandbox/state"));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    /**
     * The workspace is as {@code before}: the same companies, contacts, memberships, conversations,
     * tags and taggings, Help Center content and teammates, and every data attribute it had as it was;
     * an attribute created since is archived (Intercom deletes none), and nothing else is new.
     */
    void assertAsBefore(JsonNode before) {
        JsonNode after = state();
        for (String section : List.of("admins", "companies", "contacts", "company_memberships", "help_center", "tags")) {
            assertThat(after.path(section)).as(section).isEqualTo(before.path(section));
        }
        assertThat(after.path("conversations").path("conversations")).as("conversations")
                .isEqualTo(before.path("conversations").path("conversations"));
        for (String kind : List.of("dataAttributes", "conversationAttributes")) {
            Map<String, JsonNode> had = attributes(before.path("data_attributes").path(kind));
            attributes(after.path("data_attributes").path(kind)).forEach((key, attribute) -> {
                if (had.containsKey(key)) {
                    assertThat(attribute).as("attribute %s as it was", key).isEqualTo(had.get(key));
                } else {
                    assertThat(attribute.path("archived").asBoolean()).as("attribute %s, created since, archived", key).isTrue();
                }
            });
            assertThat(attributes(after.path("data_attributes").path(kind)).keySet()).as(kind).containsAll(had.keySet());
        }
    }

    private static Map<String, JsonNode> attributes(JsonNode list) {
        Map<String, JsonNode> byName = new TreeMap<>();
        list.forEach(attribute -> byName.put(attribute.path("model").asText("conversation") + " " + attribute.path("name").asText(),
                attribute));
        return byName;
    }

    /** Every company by its company_id; two of one id fail. */
    Map<String, JsonNode> companies() {
        List<JsonNode> companies = new ArrayList<>();
        String scrollParam = null;
        while (true) {
            JsonHttp.Answer answer = get("/companies/scroll" + (scrollParam == null ? "" : "?scroll_param=" + scrollParam));
            if (answer.body().path("data").isEmpty()) {
                return unique("company_id", companies, company -> company.path("company_id").asText());
            }
            answer.body().path("data").forEach(companies::add);
            scrollParam = answer.body().path("scroll_param").asText();
        }
    }

    /** Every contact by its external_id ("" for one without); two of one id fail. */
    Map<String, JsonNode> contacts() {
        List<JsonNode> contacts = new ArrayList<>();
        get("/contacts?per_page=150").body().path("data").forEach(contacts::add);
        return unique("external_id", contacts, contact -> contact.path("external_id").asText(""));
    }

    /** Every conversation, with its parts as plain text, by its Atera ticket number; two of one number fail. */
    Map<String, JsonNode> conversations() {
        List<JsonNode> conversations = new ArrayList<>();
        get("/conversations?per_page=150").body().path("conversations").forEach(listed -> conversations.add(
                get("/conversations/" + listed.path("id").asText() + "?display_as=plaintext").body()));
        return unique("atera_ticket_number", conversations,
                conversation -> conversation.path("custom_attributes").path("atera_ticket_number").asText());
    }

    /** The Intercom id of each record, by the key {@code records} has it under. */
    static Map<String, String> ids(Map<String, JsonNode> records) {
        Map<String, String> ids = new TreeMap<>();
        records.forEach((key, record) -> ids.put(key, record.path("id").asText()));
        return ids;
    }

    /** The bodies of a conversation's comments and notes, in order. */
    static List<String> partBodies(JsonNode conversation) {
        List<String> bodies = new ArrayList<>();
        conversation.path("conversation_parts").path("conversation_parts").forEach(part -> {
            if (Set.of("comment", "note").contains(part.path("part_type").asText())) {
                bodies.add(part.path("body").asText());
            }
        });
        return bodies;
    }

    /** Creates a record the way a workspace in use already has it; answers it. */
    JsonNode create(String path, Map<String, Object> body) {
        JsonHttp.Answer answer = api.post(sandbox.resolve(path), body);
        assertThat(answer.status()).as("POST %s: %s", path, answer.body()).isEqualTo(200);
        return answer.body();
    }

    private JsonHttp.Answer get(String path) {
        JsonHttp.Answer answer = api.get(sandbox.resolve(path));
        assertThat(answer.status()).as("GET %s", path).isEqualTo(200);
        return answer;
    }

    private static Map<String, JsonNode> unique(String key, List<JsonNode> records, Function<JsonNode, String> keyOf) {
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode record : records) {
            JsonNode earlier = byKey.put(keyOf.apply(record), record);
            assertThat(earlier).as("two records of %s %s: %s and %s", key, keyOf.apply(record), earlier, record).isNull();
        }
        return byKey;
    }
}
