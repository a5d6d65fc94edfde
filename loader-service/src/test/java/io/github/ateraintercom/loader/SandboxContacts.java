package io.github.ateraintercom.loader;

import io.github.ateraintercom.testsupport.SandboxServer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** What the loader's tests ask the sandbox directly, as the app would. */
public final class SandboxContacts {

    private SandboxContacts() {
    }

    public static RequestSpecification sandbox() {
        return given().baseUri(SandboxServer.baseUrl().toString()).header("Authorization", "Bearer " + SandboxServer.TOKEN);
    }

    /** The ids of the contacts with this email. */
    public static List<String> searchByEmail(String email) {
        return sandbox().contentType(ContentType.JSON)
                .body(Map.of("query", Map.of("field", "email", "operator", "=", "value", email)))
                .post("/contacts/search").then().statusCode(200).extract().jsonPath().getList("data.id", String.class);
    }

    /** The id of the teammate with this email. */
    public static String adminId(String email) {
        return sandbox().get("/admins").then().statusCode(200).extract().jsonPath()
                .getString("admins.find { it.email == '" + email + "' }.id");
    }
}
