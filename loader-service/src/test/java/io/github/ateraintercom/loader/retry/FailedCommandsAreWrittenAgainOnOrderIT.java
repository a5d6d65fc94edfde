package io.github.ateraintercom.loader.retry;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.RetryFailed;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A command Intercom refused through every attempt ends failed and is kept; an operator's retry order
 * publishes it again and it loads, once. An order a loader has heard already (as after a restart,
 * re-reading the control topic) replays nothing that failed after it.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class FailedCommandsAreWrittenAgainOnOrderIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);

    @Inject
    EntityManager entityManager;

    @Test
    void failedCommandLoadsOnceWhenRetriedAndOnlyNewOrdersReplayLaterFailures() {
        try (ServiceProcess sandbox = SandboxServer.start(Map.of())) {
            String runId = LoaderRuns.start(sandbox.baseUrl().toString());
            String first = runId + "-first";
            String second = runId + "-second";

            failEveryCompanyWrite(sandbox);
            publish(runId, first, 2);
            assertThat(results(runId, 1).get(0).payload()).satisfies(result -> {
                assertThat(result.status()).isEqualTo(LoadResult.Status.FAILED);
                assertThat(result.reason()).contains("500");
            });
            assertThat(generationKept(runId, first)).contains(0);

            healSandbox(sandbox);
            TopicWriter.control(new RetryFailed(runId, 1));
            Envelope<LoadResult> retried = results(runId, 2).get(1);
            assertThat(retried.sourceId()).isEqualTo(first);
            assertThat(retried.payload().status()).isEqualTo(LoadResult.Status.LOADED);
            assertThat(companiesNamed(sandbox, first)).isEqualTo(1);
            assertThat(generationKept(runId, first)).as("taken out when published again").isEmpty();

            failEveryCompanyWrite(sandbox);
            publish(runId, second, 3);
            assertThat(results(runId, 3).get(2).payload().status()).isEqualTo(LoadResult.Status.FAILED);
            assertThat(generationKept(runId, second)).as("failed after order 1 was heard").contains(1);

            healSandbox(sandbox);
            TopicWriter.control(new RetryFailed(runId, 1));
            await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> generationKept(runId, second).isPresent());
            TopicWriter.control(new RetryFailed(runId, 2));
            Envelope<LoadResult> secondRetried = results(runId, 4).get(3);
            assertThat(secondRetried.sourceId()).isEqualTo(second);
            assertThat(secondRetried.payload().status()).isEqualTo(LoadResult.Status.LOADED);
            assertThat(companiesNamed(sandbox, second)).isEqualTo(1);
            assertThat(companiesNamed(sandbox, first)).as("the first is not written a second time").isEqualTo(1);
        }
    }

    private static void publish(String runId, String companyId, int line) {
        TopicWriter.envelope(Topics.INTERCOM_COMPANIES, Envelope.of(runId, ObjectType.CUSTOMER, companyId,
                new SourceRow("customers.csv", line), new CompanyCommand(companyId, "Company " + companyId, null, null, null)));
    }

    private static List<Envelope<LoadResult>> results(String runId, int expected) {
        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, expected, WAIT);
        assertThat(results).hasSize(expected);
        return results;
    }

    private static void failEveryCompanyWrite(ServiceProcess sandbox) {
        given().baseUri(sandbox.baseUrl().toString()).contentType(ContentType.JSON)
                .body(Map.of("method", "POST", "path", "/companies", "server_error", 1.0))
                .post("/sandbox/faults").then().statusCode(201);
    }

    private static void healSandbox(ServiceProcess sandbox) {
        given().baseUri(sandbox.baseUrl().toString()).delete("/sandbox/faults").then().statusCode(204);
    }

    private static int companiesNamed(ServiceProcess sandbox, String companyId) {
        return given().baseUri(sandbox.baseUrl().toString()).get("/sandbox/state").then().statusCode(200).extract()
                .jsonPath().getList("companies.findAll { it.companyId == '" + companyId + "' }").size();
    }

    private Optional<Integer> generationKept(String runId, String sourceId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT generation FROM failed_command WHERE run_id = ?1 AND source_id = ?2")
                .setParameter(1, runId).setParameter(2, sourceId).getResultList().stream()
                .map(value -> ((Number) value).intValue()).findFirst());
    }
}
