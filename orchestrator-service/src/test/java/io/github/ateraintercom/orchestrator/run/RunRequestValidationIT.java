package io.github.ateraintercom.orchestrator.run;

import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * A run is created only from a valid request that names its source completely and its secrets by
 * name, never carries a token or key, and orders its extraction.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class RunRequestValidationIT {

    @Test
    void validRequestCreatesAnExtractingRunAndPublishesItsStart() {
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", "https://api.intercom.io",
                        "tokenSecret", "ACME_INTERCOM_TOKEN", "accountTimeZone", "Europe/Paris"))
                .when().post("/api/runs")
                .then().statusCode(201)
                .body("state", equalTo("EXTRACTING"))
                .body("sourceKind", equalTo("export-directory"))
                .body("tokenSecret", equalTo("ACME_INTERCOM_TOKEN"))
                .body("accountTimeZone", equalTo("Europe/Paris"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().when().get("/api/runs/" + id).then().statusCode(200).body("id", equalTo(id)).body("balanced", equalTo(false));
        assertThat(TopicReader.controlMessage(id, Duration.ofSeconds(20)).map(RunStarted.class::cast)).contains(
                new RunStarted(id, "/exports/acme", "Europe/Paris", "https://api.intercom.io", "ACME_INTERCOM_TOKEN"));
    }

    @Test
    void defaultsNameTheStandardSecretAndUtc() {
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh()))
                .when().post("/api/runs")
                .then().statusCode(201)
                .body("tokenSecret", equalTo("INTERCOM_TOKEN"))
                .body("accountTimeZone", equalTo("UTC"));
    }

    @Test
    void secondUnfinishedRunOnTheSameWorkspaceGets409() {
        String workspace = Workspaces.fresh();
        Map<String, String> request = Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", workspace);
        String first = given().contentType(ContentType.JSON).body(request).when().post("/api/runs")
                .then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(request).when().post("/api/runs")
                .then().statusCode(409)
                .body("activeRun", equalTo(first))
                .body("error", containsString("one run per workspace at a time"));
        given().contentType(ContentType.JSON).body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", workspace,
                        "tokenSecret", "OTHER_APP_TOKEN"))
                .when().post("/api/runs").then().statusCode(201);
    }

    @Test
    void tokenInTheBodyIsRefusedAndNeverEchoed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", "https://api.intercom.io",
                        "token", "dG9rOnNlY3JldA=="))
                .when().post("/api/runs")
                .then().statusCode(400)
                .body("error", containsString("'token' is refused"))
                .body(not(containsString("dG9rOnNlY3JldA==")));
    }

    @Test
    void incompleteOrInvalidRequestsSayWhatToFix() {
        given().contentType(ContentType.JSON).body(Map.of("targetBaseUrl", "https://api.intercom.io"))
                .when().post("/api/runs").then().statusCode(400).body("error", containsString("sourceDirectory is required"));
        given().contentType(ContentType.JSON).body(Map.of("sourceDirectory", "/x", "targetBaseUrl", "ftp://files"))
                .when().post("/api/runs").then().statusCode(400).body("error", containsString("is not an http(s) URL"));
        given().contentType(ContentType.JSON).body(Map.of("sourceDirectory", "/x", "targetBaseUrl", "https://api.intercom.io",
                        "accountTimeZone", "Mars/Olympus"))
                .when().post("/api/runs").then().statusCode(400).body("error", containsString("'Mars/Olympus' is not a time zone"));
        given().contentType(ContentType.JSON).body(Map.of("sourceDirectory", "/x", "targetBaseUrl", "https://api.intercom.io",
                        "fallbackTeammate", "the boss"))
                .when().post("/api/runs").then().statusCode(400).body("error", containsString("fallbackTeammate 'the boss' is not an email"));
        given().when().get("/api/runs/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void ateraApiRequestCreatesARunThatNamesTheKeySecretAndPublishesItsSource() {
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("sourceKind", "atera-api", "ateraBaseUrl", "https://app.atera.com/api/v3",
                        "ateraKeySecret", "ACME_ATERA_KEY", "modifiedSince", "2025-01-01T08:30:00",
                        "targetBaseUrl", "https://api.intercom.io", "accountTimeZone", "Europe/Paris",
                        "fallbackTeammate", "owner@acme.example"))
                .when().post("/api/runs")
                .then().statusCode(201)
                .body("state", equalTo("EXTRACTING"))
                .body("sourceKind", equalTo("atera-api"))
                .body("sourceDirectory", nullValue())
                .body("ateraBaseUrl", equalTo("https://app.atera.com/api/v3"))
                .body("ateraKeySecret", equalTo("ACME_ATERA_KEY"))
                .body("modifiedSince", equalTo("2025-01-01T08:30:00"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().when().get("/api/runs/" + id).then().statusCode(200)
                .body("sourceKind", equalTo("atera-api")).body("ateraKeySecret", equalTo("ACME_ATERA_KEY"));
        assertThat(TopicReader.controlMessage(id, Duration.ofSeconds(20)).map(RunStarted.class::cast)).contains(new RunStarted(id, null, "Europe/Paris", "https://api.intercom.io",
                "INTERCOM_TOKEN", SourceKind.ATERA_API, "https://app.atera.com/api/v3", "ACME_ATERA_KEY", "2025-01-01T08:30:00",
                "owner@acme.example", null));
    }

    @Test
    void ateraKeyInTheBodyIsRefusedAndNeverEchoed() {
        for (String field : List.of("ateraKey", "apiKey")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("sourceKind", "atera-api", "ateraBaseUrl", "https://app.atera.com/api/v3",
                            "ateraKeySecret", "ACME_ATERA_KEY", "targetBaseUrl", "https://api.intercom.io", field, "a3f1c9e07b"))
                    .when().post("/api/runs")
                    .then().statusCode(400)
                    .body("error", containsString("'" + field + "' is refused: never send the Atera API key"))
                    .body("error", containsString("ateraKeySecret"))
                    .body(not(containsString("a3f1c9e07b")));
        }
    }

    @Test
    void incompleteOrInconsistentSourcesSayWhatToFix() {
        Map<String, String> api = Map.of("sourceKind", "atera-api", "ateraBaseUrl", "https://app.atera.com/api/v3",
                "ateraKeySecret", "ACME_ATERA_KEY", "targetBaseUrl", "https://api.intercom.io");
        refused(without(api, "ateraBaseUrl"), "ateraBaseUrl is required: Atera's API base URL");
        refused(with(api, "ateraBaseUrl", "ftp://app.atera.com"), "ateraBaseUrl 'ftp://app.atera.com' is not an http(s) URL");
        refused(without(api, "ateraKeySecret"), "ateraKeySecret is required for sourceKind atera-api");
        refused(with(api, "modifiedSince", "2025-01-01T08:30:00+02:00"), "modifiedSince '2025-01-01T08:30:00+02:00' is not yyyy-MM-dd");
        refused(with(api, "modifiedSince", "2025-02-30"), "modifiedSince '2025-02-30' is not yyyy-MM-dd");
        refused(with(api, "sourceDirectory", "/exports/acme"), "sourceDirectory applies only to sourceKind export-directory");
        refused(with(api, "sourceKind", "atera-csv"), "sourceKind 'atera-csv' is not one of export-directory, atera-api");
        refused(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", "https://api.intercom.io", "ateraKeySecret", "K"),
                "apply only to sourceKind atera-api");
    }

    private static void refused(Map<String, String> body, String reason) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/runs")
                .then().statusCode(400).body("error", containsString(reason));
    }

    private static Map<String, String> with(Map<String, String> body, String field, String value) {
        Map<String, String> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static Map<String, String> without(Map<String, String> body, String field) {
        Map<String, String> changed = new HashMap<>(body);
        changed.remove(field);
        return changed;
    }
}
