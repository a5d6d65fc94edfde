package io.github.ateraintercom.orchestrator.rollback;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.RollbackOrdered;
import io.github.ateraintercom.common.rollback.EntryRolledBack;
import io.github.ateraintercom.common.rollback.EntryRolledBack.Outcome;
import io.github.ateraintercom.common.rollback.RollbackFinished;
import io.github.ateraintercom.common.rollback.RollbackMessage;
import io.github.ateraintercom.common.rollback.RollbackPlanned;
import io.github.ateraintercom.common.rollback.RollbackSerde;
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
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A rollback is ordered only for a run that has ended, publishes a numbered order, shows its
 * progress in the run as the loaders tell it, ends ROLLBACK_FAILED when something could not be
 * removed and ROLLED_BACK once a later order removed it, and reports every object with its outcome.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class RollbackMovesTheRunThroughRollingBackToItsOutcomeIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void rollbackOfAnEndedRunGoesRollingBackThenRolledBackOrFailedWithItsReport() {
        Map<String, String> request = Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh());
        String runId = given().contentType(ContentType.JSON).body(request).post("/api/runs").then().statusCode(201).extract().path("id");
        given().post("/api/runs/" + runId + "/rollback").then().statusCode(409)
                .body("error", containsString("only a run that has ended"));
        given().post("/api/runs/no-such-run/rollback").then().statusCode(404);

        given().post("/api/runs/" + runId + "/cancel").then().statusCode(200);
        given().post("/api/runs/" + runId + "/rollback").then().statusCode(200)
                .body("state", equalTo("ROLLING_BACK")).body("rollback.order", equalTo(1)).body("rollback.entries", nullValue());
        assertThat(TopicReader.controlMessage(runId + "/rollback", WAIT)).contains(new RollbackOrdered(runId, 1));
        given().post("/api/runs/" + runId + "/resume").then().statusCode(409);
        given().post("/api/runs/" + runId + "/retry-failed").then().statusCode(409);
        given().contentType(ContentType.JSON).body(request).post("/api/runs").then().statusCode(409)
                .body("error", containsString(runId));

        tell(new RollbackPlanned(runId, 1, 4),
                entry(runId, 1, ObjectType.TICKET, "5001", "conversation", "901", Outcome.REMOVED, null),
                entry(runId, 1, ObjectType.CUSTOMER, "1001", "company", "c1", Outcome.ARCHIVED, "Intercom archives a deleted company"),
                entry(runId, 1, ObjectType.CONTACT, "2001", "contact", "u1", Outcome.LEFT, "existed in Intercom before the run: adopted"));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/runs/" + runId).then().statusCode(200)
                .body("state", equalTo("ROLLING_BACK")).body("rollback.entries", equalTo(4)).body("rollback.removed", equalTo(1))
                .body("rollback.archived", equalTo(1)).body("rollback.leftAlone", equalTo(1)).body("rollback.remaining", equalTo(1)));

        tell(entry(runId, 1, ObjectType.SCHEMA, "tag VIP", "tag", "7", Outcome.FAILED,
                        "Intercom answered 400 tag_has_dependent_objects: Unable to delete Tag with dependent objects"),
                new RollbackFinished(runId, 1, null));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/runs/" + runId).then().statusCode(200)
                .body("state", equalTo("ROLLBACK_FAILED")).body("rollback.failed", equalTo(1)).body("rollback.remaining", equalTo(0))
                .body("failure", containsString("1 objects could not be removed")));
        given().get("/api/runs/" + runId + "/reports/rollback").then().statusCode(200)
                .body(containsString("## Failed"), containsString("tag_has_dependent_objects"),
                        containsString("## Archived (Intercom only archives them)"), containsString("| company | c1 | customer 1001 |"),
                        containsString("## Left alone"), containsString("contact 2001"));
        given().get("/api/runs/" + runId + "/reports/rollback?format=csv").then().statusCode(200)
                .body(containsString("outcome,object,intercom_id,atera_object,source_id,reason"),
                        containsString("removed,conversation,901,ticket,5001,"));

        given().post("/api/runs/" + runId + "/rollback").then().statusCode(200)
                .body("state", equalTo("ROLLING_BACK")).body("rollback.order", equalTo(2));
        assertThat(TopicReader.controlMessages(runId + "/rollback", 2, WAIT)).contains(new RollbackOrdered(runId, 2));
        tell(new RollbackFinished(runId, 1, null), new RollbackPlanned(runId, 2, 4),
                entry(runId, 2, ObjectType.SCHEMA, "tag VIP", "tag", "7", Outcome.REMOVED, null));
        assertThat(state(runId)).as("the end of an earlier order does not end the latest").isEqualTo("ROLLING_BACK");
        tell(new RollbackFinished(runId, 2, null));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/runs/" + runId).then().statusCode(200)
                .body("state", equalTo("ROLLED_BACK")).body("rollback.failed", equalTo(0)).body("rollback.removed", equalTo(2))
                .body("failure", nullValue()));
        given().get("/api/runs/" + runId + "/reports/rollback?format=json").then().statusCode(200)
                .body("state", equalTo("ROLLED_BACK")).body("counts.REMOVED", equalTo(2)).body("objects.size()", equalTo(4));

        given().contentType(ContentType.JSON).body(request).post("/api/runs").then().statusCode(201);
        given().post("/api/runs/" + runId + "/rollback").then().statusCode(409).body("error", containsString("one run per workspace"));
    }

    private static String state(String runId) {
        return given().get("/api/runs/" + runId).then().statusCode(200).extract().path("state");
    }

    private static EntryRolledBack entry(String runId, int order, ObjectType type, String sourceId, String kind, String intercomId,
                                         Outcome outcome, String reason) {
        return new EntryRolledBack(runId, order, type, sourceId, kind, intercomId, outcome, reason);
    }

    private static void tell(RollbackMessage... messages) {
        for (RollbackMessage message : messages) {
            TopicWriter.raw(Topics.ROLLBACK, message.runId(), RollbackSerde.encode(message));
        }
    }
}
