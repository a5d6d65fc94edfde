package io.github.ateraintercom.sandbox.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as an Intercom client sends them: bearer token, JSON, pinned API version. */
public final class Api {

    public static final String TOKEN = "sandbox-token";
    public static final String SECOND_APP_TOKEN = "second-app-token";
    public static final String HEX_ID = "^[0-9a-f]{24}$";
    public static final String UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    private Api() {
    }

    public static RequestSpecification asApp() {
        return as(TOKEN);
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given()
                .header("Authorization", "Bearer " + token)
                .header("Intercom-Version", "2.16")
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** Creates or updates a company and returns its Intercom id. */
    public static String upsertCompany(String body) {
        return asApp().body(body).post("/companies").then().statusCode(200).extract().path("id");
    }
}
