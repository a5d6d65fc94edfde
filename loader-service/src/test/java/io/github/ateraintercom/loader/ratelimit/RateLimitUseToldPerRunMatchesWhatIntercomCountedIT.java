package io.github.ateraintercom.loader.ratelimit;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.event.RateLimitUsed;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.LoaderDeployment;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two loader replicas write a run's companies to a workspace of 100 calls per 10-second window that
 * also answers bursts of 429s; what they tell on migration.events, report by report, adds up to
 * exactly the calls and 429s the workspace counted, and carries the quota the workspace announced.
 */
class RateLimitUseToldPerRunMatchesWhatIntercomCountedIT {

    private static final int COMPANIES = 150;
    private static final EnvelopeSerde<MigrationEvent> EVENTS = EnvelopeSerde.forRunEvents(MigrationEvent.class);

    @Test
    void callsAnd429sToldByEveryReplicaAddUpToTheWorkspacesCounts() {
        LoaderDeployment deployment = LoaderDeployment.create(Map.of(
                "loader.intercom.usage-report-interval", "PT1S",
                "loader.intercom.max-backoff", "PT1S"));
        List<ServiceProcess> replicas = new ArrayList<>();
        try (ServiceProcess sandbox = SandboxServer.start(Map.of("SANDBOX_RATE_LIMIT_PER_MINUTE", "600",
                "SANDBOX_FAULTS_SEED", "20251129"))) {
            given().baseUri(sandbox.baseUrl().toString()).contentType(ContentType.JSON)
                    .body(Map.of("path", "/companies", "burst", Map.of("probability", 0.03, "requests", 2)))
                    .post("/sandbox/faults").then().statusCode(201);
            replicas.addAll(deployment.start(2));
            deployment.awaitConsumers(Topics.INTERCOM_COMPANIES, 2);
            String runId = LoaderRuns.start(sandbox.baseUrl().toString());

            TopicWriter.envelopes(deployment.topic(Topics.INTERCOM_COMPANIES), IntStream.rangeClosed(1, COMPANIES)
                    .mapToObj(i -> Envelope.of(runId, ObjectType.CUSTOMER, runId + "-" + i, new SourceRow("customers.csv", i + 1),
                            new CompanyCommand(runId + "-" + i, "Company " + i, null, null, null))).toList());
            assertThat(TopicReader.read(Topics.RESULTS, new EnvelopeSerde<>(LoadResult.class), runId, COMPANIES, Duration.ofMinutes(3)))
                    .hasSize(COMPANIES);

            List<Map<String, Object>> counted = given().baseUri(sandbox.baseUrl().toString()).get("/sandbox/requests")
                    .then().statusCode(200).extract().jsonPath().getList("requests");
            long calls = counted.stream().mapToLong(count -> ((Number) count.get("count")).longValue()).sum();
            long refused = counted.stream().filter(count -> Integer.valueOf(429).equals(count.get("status")))
                    .mapToLong(count -> ((Number) count.get("count")).longValue()).sum();
            assertThat(refused).as("the workspace answered some 429s").isPositive();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Collection<RateLimitUsed> told = reports(runId);
                assertThat(told.stream().mapToLong(RateLimitUsed::calls).sum()).as("calls told, as the workspace counted them")
                        .isEqualTo(calls);
                assertThat(told.stream().mapToLong(RateLimitUsed::rateLimited).sum()).as("429s told").isEqualTo(refused);
                assertThat(told.stream().map(RateLimitUsed::replica).distinct()).as("replicas that told theirs").hasSize(2);
                assertThat(told).filteredOn(report -> report.quota() != null).isNotEmpty().allSatisfy(report -> {
                    assertThat(report.quota().limit()).isEqualTo(100);
                    assertThat(report.quota().windowSeconds()).isEqualTo(10);
                    assertThat(report.quota().used()).isBetween(1, 100);
                });
            });
        } finally {
            replicas.forEach(ServiceProcess::close);
        }
    }

    /** The run's reports, each once, as the orchestrator counts them: by replica and number. */
    private static Collection<RateLimitUsed> reports(String runId) {
        return TopicReader.read(Topics.EVENTS, EVENTS, runId, 0, Duration.ZERO).stream()
                .map(Envelope::payload)
                .filter(RateLimitUsed.class::isInstance).map(RateLimitUsed.class::cast)
                .collect(Collectors.toMap(report -> report.replica() + "#" + report.sequence(), report -> report, (first, again) -> first))
                .values();
    }
}
