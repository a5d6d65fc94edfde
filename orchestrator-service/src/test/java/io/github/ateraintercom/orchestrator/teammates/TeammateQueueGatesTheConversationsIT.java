package io.github.ateraintercom.orchestrator.teammates;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.control.TeammateResolved;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.intercom.TeammateCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Technicians the loaders could not match wait in the run's teammate queue; an operator maps each to
 * a teammate or to the fallback, and the conversations phase opens only once every one is resolved.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class TeammateQueueGatesTheConversationsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration A_WHILE = Duration.ofSeconds(2);
    private static final String FALLBACK = "owner@acme.example";
    private static final String NO_MATCH = "no Intercom teammate has the email ";

    @Test
    void conversationsOpenOnlyOnceEveryUnmatchedTechnicianIsResolvedAndResolutionsAreFinalThen() {
        String runId = loadingRun(FALLBACK, 3);
        TopicWriter.envelope(Topics.RESULTS, technician(runId, "301", 2, LoadResult.loaded("991267402")));
        TopicWriter.envelope(Topics.RESULTS, technician(runId, "303", 3, LoadResult.unmatched(LoadResult.Status.HELD,
                NO_MATCH + "ola@msp.example", new TeammateCommand("ola@msp.example", "Ola Nordmann", true))));
        TopicWriter.envelope(Topics.RESULTS, technician(runId, "304", 4, LoadResult.unmatched(LoadResult.Status.FAILED,
                "Intercom answered 500", new TeammateCommand("kim.keys@msp.example", "Kim Keys", false))));

        await().atMost(WAIT).until(() -> queue(runId).getBoolean("complete"));
        JsonPath queue = queue(runId);
        assertThat(queue.getString("fallbackTeammate")).isEqualTo(FALLBACK);
        assertThat(queue.getInt("unresolved")).isEqualTo(2);
        assertThat(queue.getList("technicians")).as("a matched technician is not queued").hasSize(2);
        Map<String, Object> ola = new HashMap<>(Map.of("technicianId", "303", "file", "technicians.csv", "line", 3,
                "email", "ola@msp.example", "name", "Ola Nordmann", "active", true, "reason", NO_MATCH + "ola@msp.example"));
        ola.put("resolution", null);
        assertThat(queue.getMap("technicians[0]")).isEqualTo(ola);
        assertThat(queue.getMap("technicians[1]")).containsEntry("technicianId", "304").containsEntry("active", false)
                .containsEntry("reason", "Intercom answered 500");
        assertThat(TopicReader.controlMessage(runId + "/phase/teammates", WAIT)).isPresent();
        assertThat(TopicReader.controlMessage(runId + "/phase/conversations", A_WHILE)).as("two technicians are unresolved").isEmpty();

        resolve(runId, "303", Map.of("adminId", "991267403")).statusCode(200)
                .body("technicianId", equalTo("303")).body("resolution.adminId", equalTo("991267403"))
                .body("resolution.fallback", equalTo(false));
        assertThat(TopicReader.controlMessage(runId + "/teammate/303", WAIT)).contains(new TeammateResolved(runId, "303", "991267403"));
        assertThat(TopicReader.controlMessage(runId + "/phase/conversations", A_WHILE)).as("one technician is unresolved").isEmpty();

        resolve(runId, "304", Map.of("fallback", true)).statusCode(200)
                .body("resolution.adminId", nullValue()).body("resolution.fallback", equalTo(true));

        assertThat(TopicReader.controlMessage(runId + "/phase/conversations", WAIT)).contains(new PhaseOpened(runId, Phase.CONVERSATIONS));
        assertThat(TopicReader.controlMessage(runId + "/teammate/304", WAIT)).contains(new TeammateResolved(runId, "304", null));
        assertThat(queue(runId).getInt("unresolved")).isZero();
        resolve(runId, "303", Map.of("fallback", true)).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/teammate-queue-closed"))
                .body("detail", containsString("the conversations phase of run " + runId + " is open"));
        assertThat(queue(runId).getString("technicians[0].resolution.adminId")).as("a refused change stores nothing").isEqualTo("991267403");
    }

    @Test
    void resolutionsThatCannotBeAreRefusedWithAProblemDetailAndStoreNothing() {
        String runId = loadingRun(null, 1);
        TopicWriter.envelope(Topics.RESULTS, technician(runId, "303", 2, LoadResult.unmatched(LoadResult.Status.HELD,
                NO_MATCH + "ola@msp.example", new TeammateCommand("ola@msp.example", "Ola Nordmann", null))));
        await().atMost(WAIT).until(() -> queue(runId).getList("technicians").size() == 1);

        refused(runId, "303", Map.of("fallback", true))
                .body("detail", equalTo("run " + runId + " names no fallback teammate, so technician 303 cannot be sent to it: map it "
                        + "to a teammate with {\"adminId\": \"<the teammate's id>\"}"));
        refused(runId, "303", Map.of()).body("detail", containsString("adminId is required"));
        refused(runId, "303", Map.of("fallback", false)).body("detail", containsString("adminId is required"));
        refused(runId, "303", Map.of("adminId", " ")).body("detail", containsString("adminId is required"));
        refused(runId, "303", Map.of("adminId", "tom@msp.example")).body("detail", containsString("is not an Intercom teammate id"));
        refused(runId, "303", Map.of("adminId", "991267403", "fallback", true)).body("detail", containsString("either adminId or fallback"));
        refused(runId, "303", Map.of("fallback", "yes")).body("detail", equalTo("fallback must be true or false"));
        refused(runId, "303", Map.of("teammate", "991267403")).body("detail", containsString("[teammate] are not part of a resolution"));
        resolve(runId, "399", Map.of("adminId", "991267403")).statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-in-teammate-queue")).body("status", equalTo(404))
                .body("error", containsString("technician 399 is not in the teammate queue of run " + runId));
        resolve("no-such-run", "303", Map.of("adminId", "991267403")).statusCode(404).body("detail", equalTo("no run no-such-run"));
        assertThat(queue(runId).getInt("unresolved")).isEqualTo(1);
        assertThat(queue(runId).getString("technicians[0].resolution")).isNull();

        resolve(runId, "303", Map.of("adminId", 991267403)).statusCode(200).body("resolution.adminId", equalTo("991267403"));
    }

    @Test
    void queueOfAnUnknownRunIsNotFound() {
        given().get("/api/runs/no-such-run/teammates/queue").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not in the teammate queue")).body("detail", equalTo("no run no-such-run"));
    }

    /** A run whose extraction ended with {@code technicians} roster rows and a ticket still in flight, so it keeps loading. */
    private static String loadingRun(String fallbackTeammate, int technicians) {
        Map<String, Object> body = new HashMap<>(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh()));
        if (fallbackTeammate != null) {
            body.put("fallbackTeammate", fallbackTeammate);
        }
        String runId = given().contentType(ContentType.JSON).body(body).when().post("/api/runs").then().statusCode(201)
                .extract().path("id");
        TopicWriter.envelope(Topics.EVENTS, fileExtracted(runId, ObjectType.TECHNICIAN, technicians));
        TopicWriter.envelope(Topics.EVENTS, fileExtracted(runId, ObjectType.TICKET, 1));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(List.of("technicians.csv", "tickets.csv"), Map.of(), null)));
        await().atMost(WAIT).until(() -> "LOADING".equals(given().get("/api/runs/" + runId).then().extract().path("state")));
        return runId;
    }

    private static Envelope<FileExtracted> fileExtracted(String runId, ObjectType type, long rows) {
        return Envelope.of(runId, type, type.fileName(), new SourceRow(type.fileName(), 0),
                new FileExtracted(type.fileName(), rows, rows, 0, "0".repeat(64)));
    }

    private static Envelope<LoadResult> technician(String runId, String id, long line, LoadResult result) {
        return Envelope.of(runId, ObjectType.TECHNICIAN, id, new SourceRow("technicians.csv", line), result);
    }

    private static JsonPath queue(String runId) {
        return given().get("/api/runs/" + runId + "/teammates/queue").then().statusCode(200).extract().jsonPath();
    }

    private static ValidatableResponse resolve(String runId, String technicianId, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).put("/api/runs/" + runId + "/teammates/" + technicianId).then();
    }

    private static ValidatableResponse refused(String runId, String technicianId, Map<String, ?> body) {
        return resolve(runId, technicianId, body).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-teammate-resolution")).body("status", equalTo(400));
    }
}
