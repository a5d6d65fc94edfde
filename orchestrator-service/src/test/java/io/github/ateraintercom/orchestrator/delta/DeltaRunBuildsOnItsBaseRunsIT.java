package io.github.ateraintercom.orchestrator.delta;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.ControlMessage;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.TeammateResolved;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.intercom.SchemaCommand;
import io.github.ateraintercom.common.intercom.TeammateCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.outcome.LoadResult.Change;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.outcome.Stage;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.orchestrator.mapping.SampleDiscovery;
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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A delta of a completed run starts at once with its base's source kind, workspace, settings,
 * confirmed mapping, schema and teammate resolutions, naming its base runs newest first; its records'
 * changes are stored and reported; a dry run settles on planned records, balances, writes nothing and
 * can be neither verified, rolled back nor built on; runs whose records are not in place are refused.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class DeltaRunBuildsOnItsBaseRunsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String NO_MATCH = "no Intercom teammate has the email ";

    @Test
    void deltaStartsFromItsBaseAndItsChangesSettleAndAreReportedThenADryRunOfItPlansWithoutWriting() {
        String base = SampleDiscovery.awaitingConfirmation();
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/runs/" + base + "/mapping/confirm").then().statusCode(200);
        given().post("/api/runs/" + base + "/start").then().statusCode(200);
        long schemaItems = run(base).getLong("objects.schema.sourceRows");
        settleSchema(base, schemaItems, line -> LoadResult.loaded("s" + line));
        extracted(base, ObjectType.TECHNICIAN, 1, ObjectType.CUSTOMER, 1);
        TopicWriter.envelope(Topics.RESULTS, technician(base, "303", 2));
        TopicWriter.envelope(Topics.RESULTS, customer(base, "1001", 2, LoadResult.loaded("c1")));
        await().atMost(WAIT).until(() -> queue(base).getList("technicians").size() == 1);
        given().contentType(ContentType.JSON).body(Map.of("adminId", "991267403")).put("/api/runs/" + base + "/teammates/303")
                .then().statusCode(200);
        awaitState(base, "COMPLETED");

        ValidatableResponse created = delta(base, Map.of("sourceDirectory", "/exports/acme-2")).statusCode(201)
                .body("kind", equalTo("DELTA")).body("baseRun", equalTo(base)).body("dryRun", equalTo(false))
                .body("state", equalTo("EXTRACTING")).body("sourceDirectory", equalTo("/exports/acme-2"))
                .body("targetBaseUrl", equalTo(run(base).getString("targetBaseUrl")));
        String delta = created.extract().path("id");
        RunStarted baseStarted = started(base);
        RunStarted deltaStarted = started(delta);
        assertThat(deltaStarted.baseRuns()).containsExactly(base);
        assertThat(deltaStarted.dryRun()).isFalse();
        assertThat(deltaStarted.sourceDirectory()).isEqualTo("/exports/acme-2");
        assertThat(deltaStarted.mapping()).as("the base's confirmed mapping, no new confirmation").isNotNull()
                .isEqualTo(baseStarted.mapping());
        assertThat(deltaStarted.targetBaseUrl()).isEqualTo(baseStarted.targetBaseUrl());
        assertThat(deltaStarted.tokenSecret()).isEqualTo(baseStarted.tokenSecret());
        assertThat(TopicReader.controlMessage(delta + "/teammate/303", WAIT)).contains(new TeammateResolved(delta, "303", "991267403"));
        assertThat(run(delta).getLong("objects.schema.sourceRows")).as("the schema is declared as for a run").isEqualTo(schemaItems);
        given().get("/api/runs/" + delta + "/mapping").then().statusCode(404);

        settleSchema(delta, schemaItems, line -> LoadResult.loaded("s" + line).as(Change.SKIP));
        extracted(delta, ObjectType.TECHNICIAN, 1, ObjectType.CUSTOMER, 3);
        TopicWriter.envelope(Topics.RESULTS, technician(delta, "303", 2));
        TopicWriter.envelope(Topics.RESULTS, customer(delta, "1001", 2, LoadResult.loaded("c1").as(Change.SKIP)));
        TopicWriter.envelope(Topics.RESULTS, customer(delta, "1002", 3, LoadResult.loaded("c2", "name changed").as(Change.UPDATE)));
        TopicWriter.envelope(Topics.RESULTS, customer(delta, "1003", 4, LoadResult.loaded("c3").as(Change.CREATE)));
        assertThat(TopicReader.controlMessage(delta + "/phase/conversations", WAIT))
                .as("the base's resolution settles the technician again").contains(new PhaseOpened(delta, Phase.CONVERSATIONS));
        awaitState(delta, "COMPLETED");
        JsonPath completed = run(delta);
        assertThat(completed.getBoolean("balanced")).isTrue();
        assertThat(completed.getMap("changes")).isEqualTo(Map.of("create", 1, "update", 1, "skip", (int) schemaItems + 1));
        assertThat(given().get("/api/runs/" + delta + "/reports/delta").then().statusCode(200).extract().asString())
                .contains("# Delta of run " + delta, "Base run: " + base, "| customer | 1 | 1 | 1 | 0 | 0 | 0 |")
                .doesNotContain("would");
        assertThat(given().queryParam("format", "csv").get("/api/runs/" + delta + "/reports/delta").then().statusCode(200)
                .extract().asString().lines()).contains("file,line,object,source_id,outcome,change,intercom_id,detail",
                "customers.csv,2,customer,1001,LOADED,SKIP,c1,", "customers.csv,3,customer,1002,LOADED,UPDATE,c2,name changed",
                "customers.csv,4,customer,1003,LOADED,CREATE,c3,");
        await().atMost(WAIT).untilAsserted(() -> assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("migration_run_changes{change=\"update\",run=\"" + delta + "\"} 1.0"));

        String dry = delta(delta, Map.of("sourceDirectory", "/exports/acme-3", "dryRun", true)).statusCode(201)
                .body("dryRun", equalTo(true)).body("baseRun", equalTo(delta)).extract().path("id");
        RunStarted dryStarted = started(dry);
        assertThat(dryStarted.baseRuns()).as("newest first").containsExactly(delta, base);
        assertThat(dryStarted.dryRun()).isTrue();
        assertThat(dryStarted.mapping()).isEqualTo(baseStarted.mapping());
        assertThat(TopicReader.controlMessage(dry + "/teammate/303", WAIT)).contains(new TeammateResolved(dry, "303", "991267403"));

        settleSchema(dry, schemaItems, line -> LoadResult.planned(Change.SKIP, "s" + line, null));
        extracted(dry, ObjectType.TECHNICIAN, 2, ObjectType.CUSTOMER, 3);
        TopicWriter.envelope(Topics.RESULTS, technician(dry, "303", 2));
        TopicWriter.envelope(Topics.RESULTS, Envelope.of(dry, ObjectType.TECHNICIAN, "305", new SourceRow("technicians.csv", 3),
                LoadResult.unmatched(LoadResult.Status.HELD, NO_MATCH + "new@msp.example", new TeammateCommand("new@msp.example", "New", true))));
        TopicWriter.envelope(Topics.RESULTS, customer(dry, "1002", 2, LoadResult.planned(Change.UPDATE, "c2", "city changed")));
        TopicWriter.envelope(Topics.RESULTS, customer(dry, "1004", 3, LoadResult.planned(Change.CREATE, null, null)));
        TopicWriter.envelope(Topics.REJECTS, customer(dry, "1005", 4, new Reject(Stage.TRANSFORM, "required", "CustomerName",
                "customers.csv line 4 column CustomerName: CustomerName is empty", "original")));
        assertThat(TopicReader.controlMessage(dry + "/phase/conversations", WAIT))
                .as("a dry run assigns nothing: its conversations do not wait for the teammate queue")
                .contains(new PhaseOpened(dry, Phase.CONVERSATIONS));
        awaitState(dry, "COMPLETED");
        JsonPath planned = run(dry);
        assertThat(planned.getBoolean("balanced")).isTrue();
        assertThat(planned.getMap("objects.customer")).containsEntry("planned", 2).containsEntry("loaded", 0)
                .containsEntry("rejected", 1).containsEntry("inFlight", 0);
        assertThat(planned.getMap("changes")).isEqualTo(Map.of("create", 1, "update", 1, "skip", (int) schemaItems));
        assertThat(queue(dry).getInt("unresolved")).as("the unmatched technician is still listed").isEqualTo(1);
        assertThat(given().get("/api/runs/" + dry + "/reports/delta").then().statusCode(200).extract().asString())
                .contains("A dry run: nothing was written to Intercom", "| object | would create | would update | would skip |",
                        "| customer | 1 | 1 | 0 | 1 | 0 | 0 |", "| customers.csv | 2 | customer | 1002 | PLANNED | UPDATE | c2 | city changed |",
                        "| customers.csv | 3 | customer | 1004 | PLANNED | CREATE |  |  |",
                        "| customers.csv | 4 | customer | 1005 | REJECTED |  |  | customers.csv line 4 column CustomerName");
        given().queryParam("format", "json").get("/api/runs/" + dry + "/reports/delta").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("written", equalTo(false)).body("objects.customer.update", equalTo(1));
        assertThat(given().get("/api/runs/" + dry + "/report").then().statusCode(200).extract().asString())
                .contains("Balanced (source rows = planned + rejected + failed + held): yes");

        given().contentType(ContentType.JSON).body(Map.of()).post("/api/runs/" + dry + "/verify").then().statusCode(409).body("detail", containsString("is a dry run"));
        given().post("/api/runs/" + dry + "/rollback").then().statusCode(409).body("detail", containsString("is a dry run"));
        delta(dry, Map.of("sourceDirectory", "/exports/acme-4")).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-a-delta-base")).body("detail", containsString("is a dry run"));
    }

    @Test
    void deltaOfAnApiRunReadsWhatWasModifiedSinceTheBaseBeganInItsTimeZone() {
        Map<String, Object> api = Map.of("sourceKind", "atera-api", "ateraBaseUrl", "https://app.atera.com/api/v3",
                "ateraKeySecret", "ATERA_API_KEY", "accountTimeZone", "Europe/Paris", "targetBaseUrl", Workspaces.fresh());
        String base = completedRun(api);
        delta(base, Map.of("sourceDirectory", "/exports/acme")).statusCode(400).body("detail", containsString("sourceDirectory"));

        String delta = delta(base, Map.of()).statusCode(201).body("sourceKind", equalTo("atera-api")).extract().path("id");

        String since = OffsetDateTime.parse(run(base).getString("createdAt")).atZoneSameInstant(ZoneId.of("Europe/Paris"))
                .toLocalDateTime().format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
        RunStarted started = started(delta);
        assertThat(started.modifiedSince()).isEqualTo(since);
        assertThat(started.ateraKeySecret()).isEqualTo("ATERA_API_KEY");
        assertThat(started.accountTimeZone()).isEqualTo("Europe/Paris");
        assertThat(started.baseRuns()).containsExactly(base);
        delta(base, Map.of("modifiedSince", "2025-01-01")).statusCode(409).body("type", equalTo("/problems/workspace-busy"))
                .body("activeRun", equalTo(delta));
    }

    @Test
    void runsWhoseRecordsAreNotInPlaceAndBodiesThatAreNotRightAreRefused() {
        Map<String, Object> export = Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh());
        String unfinished = given().contentType(ContentType.JSON).body(export).post("/api/runs").then().statusCode(201).extract().path("id");
        delta(unfinished, Map.of("sourceDirectory", "/exports/acme-2")).statusCode(409)
                .body("detail", containsString("is EXTRACTING: a delta builds on a run that ended with its records in Intercom"));
        delta(unfinished, Map.of("sourceDir", "/exports/acme-2")).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'sourceDir' is not a field of a delta"));
        delta(unfinished, Map.of("sourceDirectory", "/exports/acme-2", "dryRun", "yes")).statusCode(400)
                .body("detail", containsString("dryRun must be true or false"));
        delta(unfinished, Map.of("modifiedSince", "yesterday")).statusCode(400).body("detail", containsString("modifiedSince 'yesterday'"));
        delta("no-such-run", Map.of("sourceDirectory", "/exports/acme-2")).statusCode(404);
        given().post("/api/runs/" + unfinished + "/cancel").then().statusCode(200);

        String base = completedRun(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh()));
        delta(base, Map.of()).statusCode(400).body("detail", containsString("sourceDirectory is required"));
        delta(base, Map.of("sourceDirectory", "/exports/acme-2", "modifiedSince", "2025-01-01")).statusCode(400)
                .body("detail", containsString("modifiedSince applies only to a delta of a run that read Atera's API"));
        given().post("/api/runs/" + base + "/rollback").then().statusCode(200);
        delta(base, Map.of("sourceDirectory", "/exports/acme-2")).statusCode(409).body("detail", containsString("was rolled back"));
    }

    private static String completedRun(Map<String, Object> request) {
        String runId = given().contentType(ContentType.JSON).body(request).post("/api/runs").then().statusCode(201).extract().path("id");
        extracted(runId, ObjectType.CUSTOMER, 1);
        TopicWriter.envelope(Topics.RESULTS, customer(runId, "1001", 2, LoadResult.loaded("c1")));
        awaitState(runId, "COMPLETED");
        return runId;
    }

    /** The extraction of these objects (object, rows, object, rows …) ended. */
    private static void extracted(String runId, Object... objectsAndRows) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < objectsAndRows.length; i += 2) {
            ObjectType type = (ObjectType) objectsAndRows[i];
            long rows = ((Number) objectsAndRows[i + 1]).longValue();
            files.add(type.fileName());
            TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, type, type.fileName(), new SourceRow(type.fileName(), 0),
                    new FileExtracted(type.fileName(), rows, rows, 0, "0".repeat(64))));
        }
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(files, Map.of(), null)));
    }

    private static void settleSchema(String runId, long items, java.util.function.LongFunction<LoadResult> result) {
        for (long line = 1; line <= items; line++) {
            TopicWriter.envelope(Topics.RESULTS, Envelope.of(runId, ObjectType.SCHEMA, "item " + line,
                    new SourceRow(SchemaCommand.SOURCE, line), result.apply(line)));
        }
    }

    private static Envelope<LoadResult> technician(String runId, String id, long line) {
        return Envelope.of(runId, ObjectType.TECHNICIAN, id, new SourceRow("technicians.csv", line), LoadResult.unmatched(
                LoadResult.Status.HELD, NO_MATCH + "ola@msp.example", new TeammateCommand("ola@msp.example", "Ola Nordmann", true)));
    }

    private static <P> Envelope<P> customer(String runId, String id, long line, P payload) {
        return Envelope.of(runId, ObjectType.CUSTOMER, id, new SourceRow("customers.csv", line), payload);
    }

    private static ValidatableResponse delta(String base, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(new HashMap<>(body)).post("/api/runs/" + base + "/delta").then();
    }

    private static RunStarted started(String runId) {
        ControlMessage message = TopicReader.controlMessage(runId, WAIT).orElseThrow();
        assertThat(message).isInstanceOf(RunStarted.class);
        return (RunStarted) message;
    }

    private static void awaitState(String runId, String state) {
        await().atMost(WAIT).until(() -> state.equals(run(runId).getString("state")));
    }

    private static JsonPath run(String runId) {
        return given().get("/api/runs/" + runId).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath queue(String runId) {
        return given().get("/api/runs/" + runId + "/teammates/queue").then().statusCode(200).extract().jsonPath();
    }
}
