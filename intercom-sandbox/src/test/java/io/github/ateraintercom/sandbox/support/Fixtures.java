package io.github.ateraintercom.sandbox.support;

import java.util.Map;
import java.util.UUID;

import static io.github.ateraintercom.sandbox.support.Api.asApp;

/**
 * Objects tests set up through the API. Names and emails get a random suffix: all tests share one
 * workspace, so none may count on another's objects being absent.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** {@code prefix} plus a random suffix, valid as an attribute name, tag name or email local part. */
    public static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a custom data attribute of a {@code contact} or {@code company} and returns its id. */
    public static int createAttribute(String model, String name, String dataType) {
        return asApp().body(Map.of("model", model, "name", name, "data_type", dataType))
                .post("/data_attributes")
                .then().statusCode(200).extract().path("id");
    }

    /** Creates a contact from a JSON string or a map and returns its Intercom id. */
    public static String createContact(Object body) {
        return asApp().body(body).post("/contacts").then().statusCode(200).extract().path("id");
    }

    /** Creates a user with a unique email and returns its Intercom id. */
    public static String createUser() {
        return createContact("{\"email\": \"" + unique("user") + "@example.com\"}");
    }

    public static void attach(String contactId, String companyId) {
        asApp().body(Map.of("id", companyId)).post("/contacts/{id}/companies", contactId).then().statusCode(200);
    }

    /** The id of the {@code index}-th seeded teammate, as {@code GET /admins} lists them. */
    public static String adminId(int index) {
        return asApp().get("/admins").then().statusCode(200).extract().path("admins[" + index + "].id");
    }

    /** Starts a conversation from the contact and returns the conversation's id. */
    public static String startConversation(String contactId, String body) {
        return asApp().body(Map.of("from", Map.of("type", "user", "id", contactId), "body", body))
                .post("/conversations")
                .then().statusCode(200).extract().path("conversation_id");
    }

    /** Creates (or finds) a tag and returns its id. */
    public static String createTag(String name) {
        return asApp().body(Map.of("name", name)).post("/tags").then().statusCode(200).extract().path("id");
    }
}
