package io.github.ateraintercom.loader.ratelimit;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.LoaderDeployment;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.loader.MetricSamples;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two loader processes in one consumer group, on one broker and one database, write to a workspace
 * allowing 100 calls per 10-second window: each record is loaded once, both replicas do their share,
 * and Intercom never has to refuse a call, because the replicas spend one shared allowance.
 */
class ReplicasShareOneRateLimitAndMeetNo429IT {

    private static final int COMPANIES = 300;

    @Test
    void twoReplicasLoadEveryCompanyOnceWithoutA429() {
        LoaderDeployment deployment = LoaderDeployment.create(Map.of());
        String topic = deployment.topic(Topics.INTERCOM_COMPANIES);
        List<ServiceProcess> replicas = new ArrayList<>();
        try (ServiceProcess tight = SandboxServer.start(Map.of("SANDBOX_RATE_LIMIT_PER_MINUTE", "600"))) {
            replicas.addAll(deployment.start(2));
            deployment.awaitConsumers(Topics.INTERCOM_COMPANIES, 2);
            String runId = LoaderRuns.start(tight.baseUrl().toString());

            TopicWriter.envelopes(topic, IntStream.rangeClosed(1, COMPANIES).mapToObj(i -> Envelope.of(runId, ObjectType.CUSTOMER,
                    runId + "-" + i, new SourceRow("customers.csv", i + 1),
                    new CompanyCommand(runId + "-" + i, "Company " + i, null, null, null))).toList());

            List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, new EnvelopeSerde<>(LoadResult.class), runId,
                    COMPANIES, Duration.ofMinutes(3));
            assertThat(results).hasSize(COMPANIES).allSatisfy(result ->
                    assertThat(result.payload().status()).isEqualTo(LoadResult.Status.LOADED));
            assertThat(results.stream().map(Envelope::sourceId).distinct()).as("one outcome per company").hasSize(COMPANIES);
            List<Map<String, Object>> requests = given().baseUri(tight.baseUrl().toString()).get("/sandbox/requests")
                    .then().statusCode(200).extract().jsonPath().getList("requests");
            assertThat(requests).as("calls by path and status").noneSatisfy(count -> assertThat(count.get("status")).isEqualTo(429));
            assertThat(requests).as("each company written once").anySatisfy(count -> {
                assertThat(count).containsEntry("method", "POST").containsEntry("path", "/companies").containsEntry("status", 200);
                assertThat(count.get("count")).isEqualTo(COMPANIES);
            });
            assertThat(replicas).as("requests each replica sent").allSatisfy(replica ->
                    assertThat(MetricSamples.scrape(replica.baseUrl()).sum("intercom_requests_total", Map.of("method", "POST")))
                            .isPositive());
        } finally {
            replicas.forEach(ServiceProcess::close);
        }
    }
}
