package io.github.ateraintercom.loader.intercom;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.loader.MetricSamples;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After companies (some answered 503 first) and contacts (one joined to its company, one held), the
 * loader's /q/metrics tells its requests by endpoint template and status, their latency histogram,
 * requests in flight, retries by reason, the app's quota by a hash of its key, and records by outcome.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class RequestsQuotaAndOutcomesShowInMetricsIT {

    private static final int COMPANIES = 10;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);
    private static final String APP_TAG = "[0-9a-f]{12}";

    @TestHTTPResource("/")
    URI loader;

    @Test
    void metricsNameEndpointsStatusesRetriesQuotaAndOutcomes() {
        try (ServiceProcess sandbox = SandboxServer.start(Map.of("SANDBOX_FAULTS_SEED", "11"))) {
            given().baseUri(sandbox.baseUrl().toString()).contentType(ContentType.JSON)
                    .body(Map.of("method", "POST", "path", "/companies", "service_unavailable", 0.5))
                    .post("/sandbox/faults").then().statusCode(201);
            String runId = LoaderRuns.start(sandbox.baseUrl().toString());
            TopicWriter.envelopes(Topics.INTERCOM_COMPANIES, IntStream.rangeClosed(1, COMPANIES).mapToObj(i -> Envelope.of(runId,
                    ObjectType.CUSTOMER, "c" + i, new SourceRow("customers.csv", i + 1),
                    new CompanyCommand(runId + "-c" + i, "Company " + i, null, null, null))).toList());
            String loadedCompany = TopicReader.read(Topics.RESULTS, RESULTS, runId, COMPANIES, WAIT).stream()
                    .filter(result -> result.payload().status() == LoadResult.Status.LOADED).findFirst().orElseThrow().sourceId();

            TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));
            TopicWriter.envelopes(Topics.INTERCOM_CONTACTS, List.of(
                    contact(runId, "u-joined", loadedCompany), contact(runId, "u-held", "no-such-customer")));
            assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, COMPANIES + 2, WAIT)).hasSize(COMPANIES + 2);

            MetricSamples metrics = MetricSamples.scrape(loader);

            assertThat(metrics.sum("intercom_requests_total", Map.of("method", "POST", "endpoint", "/companies", "status", "200")))
                    .isGreaterThanOrEqualTo(1);
            assertThat(metrics.sum("intercom_requests_total", Map.of("method", "POST", "endpoint", "/companies", "status", "503")))
                    .isGreaterThanOrEqualTo(1);
            assertThat(metrics.sum("intercom_requests_total",
                    Map.of("method", "POST", "endpoint", "/contacts/{id}/companies", "status", "200"))).isGreaterThanOrEqualTo(1);
            assertThat(metrics.named("intercom_requests_total")).as("endpoints are templates, never ids").allSatisfy(sample ->
                    assertThat(sample.labels().get("endpoint")).matches("(/([a-z_]+|\\{id}))+"));
            assertThat(metrics.named("intercom_request_duration_seconds_bucket")).anySatisfy(bucket ->
                    assertThat(bucket.labels()).containsEntry("method", "POST").containsEntry("endpoint", "/companies").containsKey("le"));
            assertThat(metrics.sum("intercom_request_duration_seconds_count", Map.of("method", "POST", "endpoint", "/companies")))
                    .isGreaterThanOrEqualTo(COMPANIES);
            assertThat(metrics.named("intercom_requests_in_flight")).hasSize(1);
            assertThat(metrics.sum("intercom_retries_total", Map.of("reason", "5xx"))).isGreaterThanOrEqualTo(1);
            assertThat(metrics.named("intercom_retries_total")).extracting(sample -> sample.labels().get("reason"))
                    .containsExactlyInAnyOrder("429", "5xx", "network");
            assertThat(metrics.named("intercom_quota_limit")).as("10,000 a minute is 1,666 per window").anySatisfy(limit -> {
                assertThat(limit.labels().get("app")).matches(APP_TAG);
                assertThat(limit.value()).isEqualTo(1666);
            });
            for (String gauge : List.of("intercom_quota_limit", "intercom_quota_used", "intercom_quota_left")) {
                assertThat(metrics.named(gauge)).as(gauge).isNotEmpty()
                        .allSatisfy(sample -> assertThat(sample.labels().get("app")).matches(APP_TAG));
            }
            assertThat(metrics.sum("migration_load_records_total", Map.of("object", "customer", "outcome", "loaded")))
                    .isGreaterThanOrEqualTo(1);
            assertThat(metrics.sum("migration_load_records_total", Map.of("object", "contact", "outcome", "held")))
                    .isGreaterThanOrEqualTo(1);
            assertThat(metrics.text()).as("the token never shows").doesNotContain(SandboxServer.TOKEN);
        }
    }

    private static Envelope<ContactCommand> contact(String runId, String endUserId, String customerId) {
        return Envelope.of(runId, ObjectType.CONTACT, endUserId, new SourceRow("contacts.csv", 2), new ContactCommand(
                new ContactBody("user", runId + "-" + endUserId, endUserId + "@" + runId + ".example", null, null, null, null),
                customerId));
    }
}
