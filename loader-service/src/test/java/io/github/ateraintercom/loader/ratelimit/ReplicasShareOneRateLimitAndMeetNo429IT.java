package io.github.ateraintercom.loader.ratelimit;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.loader.MetricSamples;
import io.github.ateraintercom.testsupport.KafkaServer;
import io.github.ateraintercom.testsupport.PostgresServer;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    private static final Duration START = Duration.ofMinutes(2);

    @Test
    void twoReplicasLoadEveryCompanyOnceWithoutA429() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String topic = KafkaServer.createTopic(Topics.INTERCOM_COMPANIES + "." + suffix);
        String group = "loader-intercom.companies." + suffix;
        List<ServiceProcess> replicas = new ArrayList<>();
        try (ServiceProcess tight = SandboxServer.start(Map.of("SANDBOX_RATE_LIMIT_PER_MINUTE", "600"))) {
            replicas.add(startLoader(topic, group));
            replicas.add(startLoader(topic, group));
            replicas.forEach(replica -> replica.awaitReady(START));
            KafkaServer.awaitGroup(group, 2, START);
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

    /** A loader as deployed, reading the companies from this test's own topic in this test's consumer group. */
    private static ServiceProcess startLoader(String topic, String group) {
        PostgresServer.Connection database = PostgresServer.connection();
        Path root = ServiceProcess.repositoryRoot();
        return ServiceProcess.start(root, "loader-service", ServiceProcess.freePort(), Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", KafkaServer.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", database.username(),
                "QUARKUS_DATASOURCE_PASSWORD", database.password(),
                SandboxResource.TOKEN_SECRET, SandboxServer.TOKEN,
                "MP_MESSAGING_INCOMING__INTERCOM_COMPANIES__TOPIC", topic,
                "MP_MESSAGING_INCOMING__INTERCOM_COMPANIES__GROUP_ID", group), root.resolve("loader-service/target/test-logs"));
    }
}
