package io.github.ateraintercom.orchestrator.discovery;

import io.github.ateraintercom.common.control.DiscoveryRequested;
import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.SourceDiscovered;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Asking for a discovery orders it on the control topic; the extractor's answer is kept and served. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class DiscoveryReportReachesTheOperatorIT {

    @Test
    void requestIsOrderedAndTheReportIsServed() {
        String runId = given().contentType(ContentType.JSON)
                .body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh(), "accountTimeZone", "Europe/Paris"))
                .when().post("/api/runs").then().statusCode(201).extract().path("id");
        given().get("/api/runs/" + runId + "/discovery").then().statusCode(404);

        given().post("/api/runs/" + runId + "/discovery").then().statusCode(202).body("state", equalTo("requested"));
        assertThat(TopicReader.controlMessage(runId + "/discovery", Duration.ofSeconds(20))).contains(new DiscoveryRequested(runId, "/exports/acme", "Europe/Paris"));

        DiscoveryReport report = new DiscoveryReport("/exports/acme", List.of(new DiscoveryReport.FileProfile("customers.csv", 4, 1,
                List.of(new DiscoveryReport.ColumnProfile("CustomerID", "integer", List.of(), 0.0, 4, Map.of())), null)),
                List.of("tickets.csv"), Map.of("agents.csv", 3L), Map.of(), null, 2, 0, List.of("101"));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "discovery", new SourceRow("/exports/acme", 0),
                new SourceDiscovered(report, null)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/runs/" + runId + "/discovery").then()
                .statusCode(200)
                .body("state", equalTo("discovered"))
                .body("report.files[0].file", equalTo("customers.csv"))
                .body("report.files[0].badRows", equalTo(1))
                .body("report.files[0].columns[0].type", equalTo("integer"))
                .body("report.missingRequiredFiles[0]", equalTo("tickets.csv"))
                .body("report.excludedRows.'agents.csv'", equalTo(3))
                .body("report.techniciansMissingFromRoster[0]", equalTo("101")));
    }

    @Test
    void failedDiscoveryKeepsItsReason() {
        String runId = given().contentType(ContentType.JSON)
                .body(Map.of("sourceDirectory", "/exports/gone", "targetBaseUrl", Workspaces.fresh()))
                .when().post("/api/runs").then().statusCode(201).extract().path("id");
        given().post("/api/runs/" + runId + "/discovery").then().statusCode(202);

        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "discovery", new SourceRow("/exports/gone", 0),
                new SourceDiscovered(null, "/exports/gone is not a directory")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/runs/" + runId + "/discovery").then()
                .statusCode(200)
                .body("state", equalTo("failed"))
                .body("failure", equalTo("/exports/gone is not a directory")));
    }
}
