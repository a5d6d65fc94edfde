package io.github.ateraintercom.orchestrator.sample;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.TeammateResolved;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.SampleChosen;
import io.github.ateraintercom.common.event.SampleChosen.SampleCase;
import io.github.ateraintercom.common.event.SampleChosen.SampleObject;
import io.github.ateraintercom.common.intercom.TeammateCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.mapping.SampleDiscovery;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunState;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.orchestrator.mapping.SampleDiscovery.WAIT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * A sample of a run awaiting confirmation is a run of its own, beside its parent in the workspace:
 * made from the parent's settings and latest mapping, shown with it, in the way of nothing but the
 * parent's full run, which waits for it to end and writes nothing a kept sample wrote again.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class SampleRunIsARunOfItsOwnBesideItsParentIT {

    @Test
    void sampleTakesTheParentsSettingsAndLatestMappingAndIsOrderedAsARun() {
        String parent = SampleDiscovery.awaitingConfirmation();
        given().contentType(ContentType.JSON).body(Map.of("choices", Map.of("contactsWithoutEmail", "queue")))
                .put("/api/runs/" + parent + "/mapping").then().statusCode(200).body("version", equalTo(2));

        String sample = given().contentType(ContentType.JSON).body(Map.of("size", 3)).post("/api/runs/" + parent + "/sample")
                .then().statusCode(202).body("kind", equalTo("SAMPLE")).body("parentRun", equalTo(parent))
                .body("sampleSize", equalTo(3)).body("state", equalTo("EXTRACTING")).extract().path("id");

        RunStarted started = (RunStarted) TopicReader.controlMessage(sample, WAIT).orElseThrow();
        String workspace = given().get("/api/runs/" + parent).then().statusCode(200).extract().path("targetBaseUrl");
        assertThat(started.sampleSize()).isEqualTo(3);
        assertThat(started.mapping().version()).as("the latest version, unconfirmed").isEqualTo(2);
        assertThat(started.mapping().queuesContactsWithoutEmail()).isTrue();
        assertThat(started.sourceDirectory()).isEqualTo("/exports/acme");
        assertThat(started.targetBaseUrl()).isEqualTo(workspace);
        assertThat(started.baseRuns()).isEmpty();
        given().get("/api/runs/" + parent).then().body("kind", equalTo("FULL")).body("samples", hasSize(1))
                .body("samples[0].id", equalTo(sample)).body("samples[0].state", equalTo("EXTRACTING"));
        given().post("/api/runs/" + sample + "/sample").then().statusCode(409);
    }

    @Test
    void nothingButTheParentSharesTheWorkspaceAndTheFullRunWaitsForTheSample() {
        String parent = SampleDiscovery.awaitingConfirmation();
        String workspace = given().get("/api/runs/" + parent).then().extract().path("targetBaseUrl");
        given().contentType(ContentType.JSON).body(Map.of("size", 0)).post("/api/runs/" + parent + "/sample")
                .then().statusCode(400).body("error", containsString("at least 1"));
        String sample = given().post("/api/runs/" + parent + "/sample").then().statusCode(202)
                .body("sampleSize", equalTo(25)).extract().path("id");

        given().post("/api/runs/" + parent + "/sample").then().statusCode(409).body("activeRun", equalTo(sample));
        given().contentType(ContentType.JSON).body(Map.of("sourceDirectory", "/exports/other", "targetBaseUrl", workspace))
                .post("/api/runs").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/runs/" + parent + "/mapping/confirm").then().statusCode(200);
        given().post("/api/runs/" + parent + "/start").then().statusCode(409).contentType("application/problem+json")
                .body("sample", equalTo(sample)).body("error", containsString("sample " + sample + " of run " + parent + " is EXTRACTING"));

        given().post("/api/runs/" + sample + "/cancel").then().statusCode(200);
        given().post("/api/runs/" + sample + "/rollback").then().statusCode(200).body("state", equalTo("ROLLING_BACK"));
        given().post("/api/runs/" + parent + "/start").then().statusCode(409).body("error", containsString("is ROLLING_BACK"));
    }

    @Test
    void fullRunOfAConfirmedParentNamesItsKeptSamplesNewestFirst() {
        String parent = SampleDiscovery.awaitingConfirmation();
        String first = sampleOf(parent);
        moveTo(first, RunState.VERIFIED);
        String rolledBack = sampleOf(parent);
        moveTo(rolledBack, RunState.ROLLED_BACK);
        String last = sampleOf(parent);
        moveTo(last, RunState.COMPLETED);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/runs/" + parent + "/mapping/confirm").then().statusCode(200);

        given().post("/api/runs/" + parent + "/start").then().statusCode(200).body("state", equalTo("EXTRACTING"))
                .body("samples.id", equalTo(List.of(first, rolledBack, last)));

        RunStarted started = (RunStarted) TopicReader.controlMessage(parent, WAIT).orElseThrow();
        assertThat(started.baseRuns()).as("kept samples, newest first; the rolled-back one wrote nothing that stays")
                .containsExactly(last, first);
        assertThat(started.sampleSize()).isNull();
        given().post("/api/runs/" + parent + "/sample").then().statusCode(409).body("error", containsString("is EXTRACTING"));
    }

    @Test
    void teammateResolutionMadeForASampleHoldsForTheNextSample() {
        String parent = SampleDiscovery.awaitingConfirmation();
        String first = sampleOf(parent);
        TopicWriter.envelope(Topics.RESULTS, unmatched(first, "303"));
        await().atMost(WAIT).until(() -> given().get("/api/runs/" + first + "/teammates/queue").then().extract()
                .jsonPath().getList("technicians").size() == 1);
        given().contentType(ContentType.JSON).body(Map.of("adminId", "991267403")).put("/api/runs/" + first + "/teammates/303")
                .then().statusCode(200);
        moveTo(first, RunState.ROLLED_BACK);

        String next = sampleOf(parent);
        TopicWriter.envelope(Topics.RESULTS, unmatched(next, "303"));
        TopicWriter.envelope(Topics.RESULTS, unmatched(next, "304"));

        assertThat(TopicReader.controlMessage(next + "/teammate/303", WAIT)).contains(new TeammateResolved(next, "303", "991267403"));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/runs/" + next + "/teammates/queue").then()
                .body("technicians", hasSize(2)).body("unresolved", equalTo(1))
                .body("technicians.find { it.technicianId == '303' }.resolution.adminId", equalTo("991267403")));
    }

    @Test
    void sampleReportTellsPerFileAndPerCaseWhatWasChosen() {
        String parent = SampleDiscovery.awaitingConfirmation();
        String sample = sampleOf(parent);
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(sample, null, "run", new SourceRow("/exports/acme", 0), new SampleChosen(3,
                List.of(new SampleObject("tickets.csv", "ticket", 6, 3, null),
                        new SampleObject("contacts.csv", "contact", 10, 5, "2 contacts beyond 3: the ones the sample's tickets refer to")),
                List.of(new SampleCase("ticket", "ticket with status 'Open'", List.of("5001"), true),
                        new SampleCase("ticket", "ticket with an attachment", List.of(), false),
                        new SampleCase("ticket", "ticket with status 'Closed'", List.of(), true)))));

        await().atMost(WAIT).untilAsserted(() -> assertThat(given().get("/api/runs/" + sample + "/reports/sample").then().statusCode(200)
                .extract().asString()).contains("Sample of run " + parent, "| tickets.csv | ticket | 6 | 3 |  |",
                        "2 contacts beyond 3", "| ticket | ticket with status 'Open' | 5001 |",
                        "| ticket | ticket with an attachment | none: no ticket of the export is one |",
                        "| ticket | ticket with status 'Closed' | none: the sample is too small", "2 cases are not in the sample."));
        given().get("/api/runs/" + sample + "/reports/sample?format=json").then().statusCode(200)
                .body("cases", hasSize(3)).body("objects[0].rowsInSample", equalTo(3));
        assertThat(given().get("/api/runs/" + parent + "/reports/sample").then().statusCode(200).extract().asString())
                .contains("not a sample");
    }

    private static String sampleOf(String parent) {
        return given().contentType(ContentType.JSON).body(Map.of("size", 3)).post("/api/runs/" + parent + "/sample")
                .then().statusCode(202).extract().path("id");
    }

    /** Where the sample's loads and operator's orders would take it, as far as its parent is concerned. */
    private static void moveTo(String runId, RunState state) {
        QuarkusTransaction.requiringNew().run(() -> Run.<Run>findById(runId).moveTo(state));
    }

    private static Envelope<LoadResult> unmatched(String runId, String technicianId) {
        return Envelope.of(runId, ObjectType.TECHNICIAN, technicianId, new SourceRow("technicians.csv", Long.parseLong(technicianId) - 300),
                LoadResult.unmatched(LoadResult.Status.HELD, "no Intercom teammate has the email t" + technicianId + "@msp.example",
                        new TeammateCommand("t" + technicianId + "@msp.example", "Tech " + technicianId, true)));
    }
}
