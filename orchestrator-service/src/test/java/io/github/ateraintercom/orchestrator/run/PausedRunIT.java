package io.github.ateraintercom.orchestrator.run;

import io.github.ateraintercom.common.control.RunPaused;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** An operator pauses and resumes a run: the order reaches the loaders on migration.control and the run shows it. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class PausedRunIT {

    @Test
    void pauseAndResumeArePublishedInOrderAndShownOnTheRun() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh()))
                .when().post("/api/runs").then().statusCode(201).extract().path("id");

        given().when().post("/api/runs/" + id + "/pause").then().statusCode(200).body("paused", equalTo(true));
        given().when().get("/api/runs/" + id).then().statusCode(200).body("paused", equalTo(true));
        given().when().post("/api/runs/" + id + "/resume").then().statusCode(200).body("paused", equalTo(false));

        assertThat(TopicReader.controlMessages(id + "/pause", 2, Duration.ofSeconds(20)))
                .containsExactly(new RunPaused(id, true), new RunPaused(id, false));
    }

    @Test
    void endedOrUnknownRunsCannotBePaused() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh()))
                .when().post("/api/runs").then().statusCode(201).extract().path("id");
        given().when().post("/api/runs/" + id + "/cancel").then().statusCode(200);

        given().when().post("/api/runs/" + id + "/pause").then().statusCode(409).body("error", containsString("CANCELLED"));
        given().when().post("/api/runs/" + UUID.randomUUID() + "/resume").then().statusCode(404);
    }
}
