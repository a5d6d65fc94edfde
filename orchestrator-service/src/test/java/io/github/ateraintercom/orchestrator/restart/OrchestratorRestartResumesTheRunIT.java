package io.github.ateraintercom.orchestrator.restart;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An orchestrator killed (SIGKILL) twice in a run, while the other services go on publishing, is
 * replaced each time by another on the same database, broker and consumer groups: the run goes on
 * from where it stood, reads what was published while no orchestrator ran, opens each phase once and
 * only once what it depends on is settled, and completes balanced.
 */
class OrchestratorRestartResumesTheRunIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    /** How long a phase that must not open is watched. */
    private static final Duration STAYS_SHUT = Duration.ofSeconds(3);

    @Test
    void runContinuesAcrossKilledOrchestratorsAndOpensEveryPhaseOnceNeverEarly() {
        OrchestratorProcess deployment = OrchestratorProcess.create();
        String runId;
        Map<String, Object> openedBeforeTheKill;
        try (ServiceProcess first = deployment.start()) {
            RequestSpecification api = deployment.api(first);
            runId = given(api).contentType(ContentType.JSON).body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl",
                    Workspaces.fresh())).post("/api/runs").then().statusCode(201).extract().path("id");
            TopicWriter.envelope(Topics.EVENTS, fileExtracted(runId, ObjectType.CUSTOMER, 3));
            TopicWriter.envelope(Topics.RESULTS, row(runId, ObjectType.CUSTOMER, 2, LoadResult.loaded("c".repeat(24))));
            TopicWriter.envelope(Topics.RESULTS, row(runId, ObjectType.CUSTOMER, 3, LoadResult.loaded("d".repeat(24))));
            await().atMost(WAIT).until(() -> run(api, runId).getInt("objects.customer.loaded") == 2
                    && run(api, runId).getMap("phasesOpened").containsKey("companies"));
            assertThat(TopicReader.controlMessage(key(runId, Phase.CONTACTS), STAYS_SHUT)).as("a customer is in flight").isEmpty();
            openedBeforeTheKill = run(api, runId).getMap("phasesOpened");
            assertThat(openedBeforeTheKill).containsOnlyKeys("schema", "teammates", "companies");
            first.kill();
        }

        // the extractor and the loaders go on while no orchestrator runs
        TopicWriter.envelope(Topics.RESULTS, row(runId, ObjectType.CUSTOMER, 4, LoadResult.held("its domain is another company's")));
        TopicWriter.envelope(Topics.EVENTS, fileExtracted(runId, ObjectType.CONTACT, 2));
        TopicWriter.envelope(Topics.EVENTS, fileExtracted(runId, ObjectType.TICKET, 2));
        try (ServiceProcess second = deployment.start()) {
            RequestSpecification api = deployment.api(second);
            assertThat(TopicReader.controlMessage(key(runId, Phase.CONTACTS), WAIT))
                    .as("the last customer, settled while no orchestrator ran, opens the contacts")
                    .contains(new PhaseOpened(runId, Phase.CONTACTS));
            JsonPath resumed = run(api, runId);
            assertThat(resumed.getString("state")).isEqualTo("EXTRACTING");
            assertThat(resumed.getMap("phasesOpened")).as("what was open stays open, opened when it was")
                    .containsAllEntriesOf(openedBeforeTheKill).containsOnlyKeys("schema", "teammates", "companies", "contacts");
            assertThat(resumed.getMap("objects.customer")).isEqualTo(Map.of("sourceRows", 3, "extracted", 3, "transformed", 3,
                    "loaded", 2, "rejected", 0, "failed", 0, "held", 1, "inFlight", 0, "planned", 0));
            await().during(STAYS_SHUT).atMost(WAIT).until(() -> run(api, runId).getMap("phasesOpened")
                    .keySet().equals(Set.of("schema", "teammates", "companies", "contacts")));

            TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "run", new SourceRow("/exports/acme", 0),
                    new ExtractionFinished(List.of("customers.csv", "contacts.csv", "tickets.csv"), Map.of("agents.csv", 1L), null)));
            await().atMost(WAIT).until(() -> "LOADING".equals(run(api, runId).getString("state")));
            second.kill();
        }

        TopicWriter.envelope(Topics.RESULTS, row(runId, ObjectType.CONTACT, 2, LoadResult.loaded("e".repeat(24))));
        TopicWriter.envelope(Topics.RESULTS, row(runId, ObjectType.CONTACT, 3, LoadResult.loaded("f".repeat(24))));
        try (ServiceProcess third = deployment.start()) {
            RequestSpecification api = deployment.api(third);
            assertThat(TopicReader.controlMessage(key(runId, Phase.CONVERSATIONS), WAIT))
                    .contains(new PhaseOpened(runId, Phase.CONVERSATIONS));
            assertThat(run(api, runId).getString("state")).as("still loading after the restart").isEqualTo("LOADING");
            assertThat(TopicReader.controlMessage(key(runId, Phase.ARTICLES), STAYS_SHUT)).as("the tickets are in flight")
                    .isEmpty();

            TopicWriter.envelope(Topics.RESULTS, row(runId, ObjectType.TICKET, 2, LoadResult.loaded("101")));
            TopicWriter.envelope(Topics.RESULTS, row(runId, ObjectType.TICKET, 3, LoadResult.loaded("102")));
            await().atMost(WAIT).until(() -> "COMPLETED".equals(run(api, runId).getString("state")));

            JsonPath completed = run(api, runId);
            assertThat(completed.getBoolean("balanced")).isTrue();
            assertThat(completed.getMap("objects.customer")).containsEntry("loaded", 2).containsEntry("held", 1).containsEntry("inFlight", 0);
            assertThat(completed.getMap("objects.contact")).isEqualTo(Map.of("sourceRows", 2, "extracted", 2, "transformed", 2,
                    "loaded", 2, "rejected", 0, "failed", 0, "held", 0, "inFlight", 0, "planned", 0));
            assertThat(completed.getMap("objects.ticket")).containsEntry("sourceRows", 2).containsEntry("loaded", 2)
                    .containsEntry("inFlight", 0);
            assertThat(completed.getMap("excludedRows")).isEqualTo(Map.of("agents.csv", 1));
            Map<String, Object> opened = completed.getMap("phasesOpened");
            assertThat(opened).containsAllEntriesOf(openedBeforeTheKill).containsOnlyKeys("schema", "teammates", "companies", "contacts",
                    "custom_data", "conversations", "articles");
            assertThat(at(opened, "contacts")).isAfter(at(opened, "companies"));
            assertThat(at(opened, "articles")).isAfter(at(opened, "conversations"));
        }
        for (Phase phase : Phase.values()) {
            assertThat(TopicReader.controlMessages(key(runId, phase), 2, Duration.ofSeconds(2)))
                    .as("phase %s opened once", phase.name().toLowerCase(Locale.ROOT)).containsExactly(new PhaseOpened(runId, phase));
        }
    }

    private static String key(String runId, Phase phase) {
        return new PhaseOpened(runId, phase).key();
    }

    private static JsonPath run(RequestSpecification api, String runId) {
        return given(api).get("/api/runs/" + runId).then().statusCode(200).extract().jsonPath();
    }

    private static OffsetDateTime at(Map<String, Object> opened, String phase) {
        return OffsetDateTime.parse((String) opened.get(phase));
    }

    private static Envelope<FileExtracted> fileExtracted(String runId, ObjectType type, int rows) {
        return Envelope.of(runId, type, type.fileName(), new SourceRow(type.fileName(), 0),
                new FileExtracted(type.fileName(), rows, rows, 0, "0".repeat(64)));
    }

    /** The row of the object's file at {@code line}, its source id the object's initial and the line. */
    private static <P> Envelope<P> row(String runId, ObjectType type, long line, P payload) {
        return Envelope.of(runId, type, type.wireName().charAt(0) + String.valueOf(line), new SourceRow(type.fileName(), line), payload);
    }
}
