package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.control.RetryFailed;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.event.RecordHeld;
import io.github.ateraintercom.common.event.RecordTransformed;
import io.github.ateraintercom.common.event.RecordsTransformed;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.outcome.Stage;
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
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;

/**
 * Feeds the orchestrator the messages the other services publish, out of order and redelivered, and
 * checks that it completes a run exactly when source rows = loaded + rejected + failed, not before.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class RunCompletesOnlyWhenEveryRowIsAccountedForIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void runWaitsForItsLastRowThenCompletesBalanced() {
        String runId = startRun();
        // the file had 4 rows: line 5 rejected at extraction, lines 2-4 published
        TopicWriter.envelope(Topics.REJECTS, reject(runId, "1", 5, Stage.EXTRACT, "duplicate-key", "customers.csv line 5: duplicate"));
        // a result may overtake the transformed event of the same row: the row must not move backwards
        TopicWriter.envelope(Topics.RESULTS, record(runId, "2", 2, LoadResult.loaded("aaaaaaaaaaaaaaaaaaaaaaaa")));
        for (int line = 2; line <= 4; line++) {
            TopicWriter.envelope(Topics.EVENTS, record(runId, String.valueOf(line), line, new RecordTransformed(Topics.INTERCOM_COMPANIES)));
        }
        TopicWriter.envelope(Topics.RESULTS, record(runId, "3", 3, LoadResult.loaded("bbbbbbbbbbbbbbbbbbbbbbbb")));
        // redelivered result: counted once
        TopicWriter.envelope(Topics.RESULTS, record(runId, "3", 3, LoadResult.loaded("bbbbbbbbbbbbbbbbbbbbbbbb")));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, ObjectType.CUSTOMER, "customers.csv", new SourceRow("customers.csv", 0),
                new FileExtracted("customers.csv", 4, 3, 1, "0".repeat(64))));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(List.of("customers.csv"), Map.of(), null)));

        await().atMost(WAIT).until(() -> customers(runId).getLong("loaded") == 2);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> "LOADING".equals(run(runId).getString("state")));
        assertThat(customers(runId).getLong("inFlight")).isEqualTo(1);
        assertThat(given().get("/api/runs/" + runId + "/reports/reconciliation").then().statusCode(200).extract().asString())
                .as("the row that has not reached Intercom is named").contains("## In flight after their transformation (1)",
                        "| customers.csv | 4 | 4 | load | awaiting-load | transformed ");
        assertThat(given().queryParam("format", "csv").get("/api/runs/" + runId + "/reports/reconciliation").then().statusCode(200)
                .extract().asString().lines()).anyMatch(line -> line.startsWith("customers.csv,4,customer,4,IN_FLIGHT,load,awaiting-load,"));

        TopicWriter.envelope(Topics.RESULTS, record(runId, "4", 4, LoadResult.failed("Intercom answered 400 parameter_invalid")));

        await().atMost(WAIT).until(() -> "COMPLETED".equals(run(runId).getString("state")));
        JsonPath run = run(runId);
        assertThat(run.getBoolean("balanced")).isTrue();
        assertThat(run.getString("phases.companies.state")).isEqualTo("done");
        assertThat(run.getString("phases.companies.doneAt")).isNotNull();
        assertThat(run.getMap("phases")).as("every phase").containsOnlyKeys("schema", "companies", "contacts",
                "custom_data", "teammates", "conversations", "articles");
        assertThat(run.getString("eta")).as("an ended run has no ETA").isNull();
        assertThat(run.getMap("objects.customer")).isEqualTo(Map.of("sourceRows", 4, "extracted", 3, "transformed", 3,
                "loaded", 2, "rejected", 1, "failed", 1, "held", 0, "inFlight", 0, "planned", 0));
        await().atMost(WAIT).untilAsserted(() -> assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("migration_run_records{object=\"customer\",run=\"" + runId + "\",stage=\"loaded\"} 2.0")
                .contains("migration_run_records{object=\"customer\",run=\"" + runId + "\",stage=\"in_flight\"} 0.0")
                .contains("migration_run_state{run=\"" + runId + "\",state=\"completed\"} 1.0")
                .contains("migration_run_phase{phase=\"companies\",run=\"" + runId + "\",state=\"done\"} 1.0"));
        List<Map<String, Object>> unsuccessful = given().get("/api/runs/" + runId + "/rejects").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(unsuccessful).extracting(r -> r.get("line") + " " + r.get("outcome") + " " + r.get("stage") + " " + r.get("reason"))
                .containsExactly("4 FAILED load Intercom answered 400 parameter_invalid",
                        "5 REJECTED extract customers.csv line 5: duplicate");
        assertThat(given().get("/api/runs/" + runId + "/report").then().statusCode(200).contentType("text/markdown")
                .extract().asString()).contains("# Run " + runId + ": COMPLETED",
                "| customer | 4 | 2 | 1 | 1 | 0 | 0 |",
                "Balanced (source rows = loaded + rejected + failed + held): yes",
                "## Rejected (1)", "| customers.csv | 5 | 1 | extract | duplicate-key | customers.csv line 5: duplicate |",
                "## Failed (1)", "| customers.csv | 4 | 4 | load | intercom-refused | Intercom answered 400 parameter_invalid |");
        assertThat(given().get("/api/runs/" + runId + "/report.csv").then().statusCode(200).extract().asString().lines())
                .containsExactly("file,line,object,source_id,outcome,stage,rule,reason",
                        "customers.csv,4,customer,4,FAILED,load,intercom-refused,Intercom answered 400 parameter_invalid",
                        "customers.csv,5,customer,1,REJECTED,extract,duplicate-key,customers.csv line 5: duplicate");
    }

    @Test
    void heldRowsAreSettledAndTheContactsPhaseOpensOnlyOnceEveryCustomerIs() {
        String runId = startRun();
        TopicWriter.envelope(Topics.EVENTS, fileExtracted(runId, ObjectType.CUSTOMER, 2));
        TopicWriter.envelope(Topics.RESULTS, record(runId, "11", 2, LoadResult.loaded("a".repeat(24))));

        assertThat(TopicReader.controlMessage(runId + "/phase/companies", WAIT)).contains(new PhaseOpened(runId, Phase.COMPANIES));
        assertThat(TopicReader.controlMessage(runId + "/phase/contacts", Duration.ofSeconds(2)))
                .as("one customer is still in flight").isEmpty();

        TopicWriter.envelope(Topics.RESULTS, record(runId, "12", 3, LoadResult.held("its parent company is not loaded")));

        assertThat(TopicReader.controlMessage(runId + "/phase/contacts", WAIT)).contains(new PhaseOpened(runId, Phase.CONTACTS));
        TopicWriter.envelope(Topics.EVENTS, fileExtracted(runId, ObjectType.TICKET, 1));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, ObjectType.TICKET, "42", new SourceRow("tickets.csv", 2),
                new RecordHeld("no Intercom mapping for ticket records in this release")));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(List.of("customers.csv", "tickets.csv"), Map.of("agents.csv", 3L), null)));

        await().atMost(WAIT).until(() -> "COMPLETED".equals(run(runId).getString("state")));
        JsonPath run = run(runId);
        assertThat(run.getMap("objects.customer")).containsEntry("loaded", 1).containsEntry("held", 1).containsEntry("transformed", 2);
        assertThat(run.getMap("objects.ticket")).containsEntry("held", 1).containsEntry("transformed", 0).containsEntry("inFlight", 0);
        assertThat(run.getMap("excludedRows")).isEqualTo(Map.of("agents.csv", 3));
        assertThat(given().get("/api/runs/" + runId + "/report").then().statusCode(200).extract().asString())
                .contains("## Out of scope: counted, never migrated", "| agents.csv | 3 |");
        assertThat(run.getMap("phasesOpened")).as("the run had no schema, contacts or technicians: every phase opened")
                .containsOnlyKeys("schema", "companies", "contacts", "custom_data", "teammates", "conversations", "articles");
        List<Map<String, Object>> unsuccessful = given().get("/api/runs/" + runId + "/rejects").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(unsuccessful).extracting(r -> r.get("file") + " " + r.get("outcome") + " " + r.get("rule") + " " + r.get("reason"))
                .containsExactly("customers.csv HELD unresolved-reference its parent company is not loaded",
                        "tickets.csv HELD not-migrated no Intercom mapping for ticket records in this release");
    }

    @Test
    void failedRowsOrderedRetriedAreInFlightAgainUntilTheirNewOutcome() {
        String runId = startRun();
        TopicWriter.envelope(Topics.EVENTS, fileExtracted(runId, ObjectType.CUSTOMER, 2));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(List.of("customers.csv"), Map.of(), null)));
        TopicWriter.envelope(Topics.RESULTS, record(runId, "21", 2, LoadResult.loaded("e".repeat(24))));
        TopicWriter.envelope(Topics.RESULTS, record(runId, "22", 3, LoadResult.failed("network_error: connection reset")));
        await().atMost(WAIT).until(() -> "COMPLETED".equals(run(runId).getString("state")));

        given().post("/api/runs/" + runId + "/retry-failed").then().statusCode(200)
                .body("runId", equalTo(runId))
                .body("generation", equalTo(1)).body("records", equalTo(1));

        assertThat(TopicReader.controlMessage(runId + "/retry-failed", WAIT)).contains(new RetryFailed(runId, 1));
        JsonPath reopened = run(runId);
        assertThat(reopened.getString("state")).isEqualTo("LOADING");
        assertThat(reopened.getMap("objects.customer")).containsEntry("failed", 0).containsEntry("inFlight", 1);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> "LOADING".equals(run(runId).getString("state")));

        TopicWriter.envelope(Topics.RESULTS, record(runId, "22", 3, LoadResult.loaded("f".repeat(24))));
        await().atMost(WAIT).until(() -> "COMPLETED".equals(run(runId).getString("state")));
        assertThat(run(runId).getMap("objects.customer")).containsEntry("loaded", 2).containsEntry("failed", 0);
        given().post("/api/runs/" + runId + "/retry-failed").then().statusCode(200)
                .body("generation", equalTo(1)).body("records", equalTo(0));
        assertThat(run(runId).getString("state")).as("nothing failed: nothing reopened").isEqualTo("COMPLETED");
    }

    @Test
    void warningsAndAtRiskLinksReachTheReportsAndTheEndedRunsDirectory() {
        String runId = startRun();
        TopicWriter.envelope(Topics.EVENTS, fileExtracted(runId, ObjectType.CUSTOMER, 2));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(List.of("customers.csv"), Map.of(), null)));
        RecordTransformed linked = new RecordTransformed(Topics.INTERCOM_COMPANIES, List.of("=unknown priority 'Urgent!' kept"),
                List.of("https://app.atera.com/files/1/logo.png"));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, ObjectType.CUSTOMER, "batch", new SourceRow("customers.csv", 0),
                new RecordsTransformed(List.of(new RecordsTransformed.Transformed(ObjectType.CUSTOMER, "31",
                        new SourceRow("customers.csv", 2), linked), new RecordsTransformed.Transformed(ObjectType.CUSTOMER, "32",
                        new SourceRow("customers.csv", 3), new RecordTransformed(Topics.INTERCOM_COMPANIES))))));
        // redelivered: noted once
        TopicWriter.envelope(Topics.EVENTS, record(runId, "31", 2, linked));
        TopicWriter.envelope(Topics.RESULTS, record(runId, "31", 2, LoadResult.loaded("a".repeat(24))));
        TopicWriter.envelope(Topics.RESULTS, record(runId, "32", 3, LoadResult.loaded("b".repeat(24))));
        await().atMost(WAIT).until(() -> "COMPLETED".equals(run(runId).getString("state")));

        assertThat(given().queryParam("format", "csv").get("/api/runs/" + runId + "/reports/at-risk-links").then().statusCode(200)
                .extract().asString().lines()).containsExactly("file,line,object,source_id,note",
                "customers.csv,2,customer,31,https://app.atera.com/files/1/logo.png");
        assertThat(given().queryParam("format", "csv").get("/api/runs/" + runId + "/reports/warnings").then().statusCode(200)
                .extract().asString().lines()).as("a warning a spreadsheet would run stays text")
                .containsExactly("file,line,object,source_id,note", "customers.csv,2,customer,31,'=unknown priority 'Urgent!' kept");
        assertThat(given().queryParam("format", "json").get("/api/runs/" + runId + "/reports/at-risk-links").then().statusCode(200)
                .extract().jsonPath().getList("note", String.class)).containsExactly("https://app.atera.com/files/1/logo.png");
        assertThat(given().get("/api/runs/" + runId + "/reports/at-risk-links").then().statusCode(200).contentType("text/markdown")
                .extract().asString()).contains("# At-risk links of run " + runId,
                "| customers.csv | 2 | customer | 31 | https://app.atera.com/files/1/logo.png |");
        assertThat(given().get("/api/runs/" + runId + "/reports/preflight").then().statusCode(200).extract().asString())
                .contains("# Pre-flight checklist of run " + runId, "0 technicians matched a teammate so far",
                        "the run names no fallback teammate", "The run follows the default map without a proposal");
        assertThat(given().get("/api/runs/" + runId + "/reports").then().statusCode(200).extract().jsonPath()
                .getList("", String.class)).contains("at-risk-links", "preflight", "reconciliation", "warnings");
        given().queryParam("format", "csv").get("/api/runs/" + runId + "/reports/preflight").then().statusCode(400)
                .body("detail", equalTo("the preflight report is Markdown only"));
        given().get("/api/runs/" + runId + "/reports/no-such-report").then().statusCode(404);
        given().queryParam("format", "pdf").get("/api/runs/" + runId + "/reports/warnings").then().statusCode(400);

        Path directory = Path.of("target/test-runs", runId);
        assertThat(directory.resolve("reconciliation.md")).content().contains("# Run " + runId + ": COMPLETED");
        assertThat(directory.resolve("at-risk-links.csv")).content().contains("https://app.atera.com/files/1/logo.png");
        assertThat(directory.resolve("run.json")).content().contains("\"state\":\"COMPLETED\"");
        assertThat(directory).isDirectoryContaining(path -> path.getFileName().toString().equals("warnings.md"))
                .isDirectoryContaining(path -> path.getFileName().toString().equals("reconciliation.json"))
                .isDirectoryContaining(path -> path.getFileName().toString().equals("preflight.md"))
                .isDirectoryNotContaining(path -> path.getFileName().toString().equals("preflight.csv"));
    }

    @Test
    void onlyLoadingOrCompletedRunsHaveTheirFailuresRetried() {
        String runId = startRun();
        given().post("/api/runs/" + runId + "/cancel").then().statusCode(200);

        given().post("/api/runs/" + runId + "/retry-failed").then().statusCode(409)
                .body("error", containsString("is CANCELLED"));
        given().post("/api/runs/no-such-run/retry-failed").then().statusCode(404);
    }

    @Test
    void failedExtractionFailsTheRunWithItsReason() {
        String runId = startRun();

        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(List.of(), Map.of(), "customers.csv is missing from /exports/acme")));

        await().atMost(WAIT).until(() -> "FAILED".equals(run(runId).getString("state")));
        assertThat(run(runId).getString("failure")).isEqualTo("extraction failed: customers.csv is missing from /exports/acme");
    }

    @Test
    void unreadableAndForeignMessagesDoNotStopProgress() {
        String runId = startRun();

        TopicWriter.raw(Topics.RESULTS, "x", "not json".getBytes(StandardCharsets.UTF_8));
        TopicWriter.envelope(Topics.RESULTS, record("some-other-orchestrators-run", "9", 9, LoadResult.loaded("c".repeat(24))));
        TopicWriter.envelope(Topics.RESULTS, record(runId, "2", 2, LoadResult.loaded("d".repeat(24))));

        await().atMost(WAIT).until(() -> customers(runId).getLong("loaded") == 1);
    }

    private static String startRun() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh()))
                .when().post("/api/runs").then().statusCode(201).extract().path("id");
    }

    private static JsonPath run(String runId) {
        return given().get("/api/runs/" + runId).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath customers(String runId) {
        return run(runId).setRootPath("objects.customer");
    }

    private static Envelope<FileExtracted> fileExtracted(String runId, ObjectType type, long rows) {
        return Envelope.of(runId, type, type.fileName(), new SourceRow(type.fileName(), 0),
                new FileExtracted(type.fileName(), rows, rows, 0, "0".repeat(64)));
    }

    private static <P> Envelope<P> record(String runId, String id, long line, P payload) {
        return Envelope.of(runId, ObjectType.CUSTOMER, id, new SourceRow("customers.csv", line), payload);
    }

    private static Envelope<Reject> reject(String runId, String id, long line, Stage stage, String rule, String message) {
        return record(runId, id, line, new Reject(stage, rule, null, message, "original"));
    }
}
