package io.github.ateraintercom.orchestrator.run;

import io.github.ateraintercom.common.control.RunCancelled;
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

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Cancelling a run tells every service to stop writing it and lets the next run of its workspace start. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class CancelledRunFreesItsWorkspaceIT {

    @Test
    void cancelledRunIsFinalOrderedAndNoLongerHoldsItsWorkspace() {
        Map<String, String> request = Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh());
        String first = given().contentType(ContentType.JSON).body(request).when().post("/api/runs")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(request).when().post("/api/runs").then().statusCode(409);

        given().post("/api/runs/" + first + "/cancel").then().statusCode(200).body("state", equalTo("CANCELLED"));

        assertThat(TopicReader.controlMessage(first + "/cancel", Duration.ofSeconds(20))).contains(new RunCancelled(first));
        given().contentType(ContentType.JSON).body(request).when().post("/api/runs").then().statusCode(201);
        given().post("/api/runs/" + first + "/cancel").then().statusCode(409)
                .body("error", containsString("has already ended: CANCELLED"));
        given().post("/api/runs/no-such-run/cancel").then().statusCode(404);
    }
}
