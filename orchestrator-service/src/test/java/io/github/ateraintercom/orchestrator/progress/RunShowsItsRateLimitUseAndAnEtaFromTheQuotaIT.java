package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.event.RateLimitUsed;
import io.github.ateraintercom.common.event.RecordTransformed;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The loaders' rate-limit reports reach the run: added once each however often delivered, summed
 * across replicas, with the latest quota, and the ETA then comes from the allowance and the calls
 * each row took rather than from the pace.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class RunShowsItsRateLimitUseAndAnEtaFromTheQuotaIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void reportsOfTwoReplicasAddUpOnceEachAndTheEtaUsesTheAllowance() {
        String runId = given().contentType(ContentType.JSON)
                .body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh()))
                .when().post("/api/runs").then().statusCode(201).extract().path("id");
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, ObjectType.CUSTOMER, "customers.csv", new SourceRow("customers.csv", 0),
                new FileExtracted("customers.csv", 10, 10, 0, "0".repeat(64))));
        for (int line = 2; line <= 11; line++) {
            TopicWriter.envelope(Topics.EVENTS, customer(runId, line, new RecordTransformed(Topics.INTERCOM_COMPANIES)));
        }
        for (int line = 2; line <= 5; line++) {
            TopicWriter.envelope(Topics.RESULTS, customer(runId, line, LoadResult.loaded(String.valueOf(line).repeat(24).substring(0, 24))));
        }
        await().atMost(WAIT).until(() -> run(runId).getLong("objects.customer.loaded") == 4);
        assertThat(run(runId).getMap("rateLimit")).as("nothing told yet").isNull();

        TopicWriter.envelope(Topics.EVENTS, report(runId, new RateLimitUsed("loader-a", 1, 6, 1, null)));

        await().atMost(WAIT).until(() -> run(runId).getLong("rateLimit.calls") == 6);
        JsonPath learning = run(runId);
        assertThat(learning.getString("rateLimit.limit")).as("the limit is not known yet").isNull();
        assertThat(learning.getString("eta.basis")).as("without a quota the ETA, if any, is the pace's").isIn(null, "pace");

        long windowEnd = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        RateLimitUsed second = new RateLimitUsed("loader-a", 2, 4, 0, new RateLimitUsed.Quota(100, 90, 10, windowEnd, 30));
        TopicWriter.envelope(Topics.EVENTS, report(runId, second));
        TopicWriter.envelope(Topics.EVENTS, report(runId, new RateLimitUsed("loader-b", 1, 2, 1, new RateLimitUsed.Quota(100, 90, 10, windowEnd, 42))));
        TopicWriter.envelope(Topics.EVENTS, report(runId, second));

        // and stays there: the report delivered twice is added once
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> run(runId).getLong("rateLimit.calls") == 12);
        JsonPath run = run(runId);
        assertThat(run.getMap("rateLimit")).as("6 + 4 + 2 calls, the second report once").containsEntry("limit", 100)
                .containsEntry("allowance", 90).containsEntry("windowSeconds", 10).containsEntry("usedInWindow", 42)
                .containsEntry("calls", 12).containsEntry("rateLimited", 2).containsEntry("callsLastMinute", 12)
                .containsEntry("shareLastMinute", 0.022f).containsEntry("callsPerRecord", 3.0f);
        assertThat(OffsetDateTime.parse(run.getString("rateLimit.windowEndsAt")).toInstant().toEpochMilli()).isEqualTo(windowEnd);
        assertThat(run.getMap("eta")).as("6 rows × 3 calls at 9 calls a second").containsEntry("basis", "rate-limit")
                .containsEntry("remaining", 6).containsEntry("rowsPerSecond", 3.0f).containsEntry("seconds", 2);
        await().atMost(WAIT).untilAsserted(() -> assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("migration_run_calls{run=\"" + runId + "\"} 12.0")
                .contains("migration_run_rate_limited{run=\"" + runId + "\"} 2.0")
                .contains("migration_run_rate_limit_limit{run=\"" + runId + "\"} 100.0")
                .contains("migration_run_rate_limit_window_used{run=\"" + runId + "\"} 42.0")
                .contains("migration_run_rate_limit_share{run=\"" + runId + "\"} 0.022")
                .contains("migration_run_eta_seconds{run=\"" + runId + "\"} 2.0"));
    }

    private static JsonPath run(String runId) {
        return given().get("/api/runs/" + runId).then().statusCode(200).extract().jsonPath();
    }

    private static <P> Envelope<P> customer(String runId, long line, P payload) {
        return Envelope.of(runId, ObjectType.CUSTOMER, String.valueOf(line), new SourceRow("customers.csv", line), payload);
    }

    private static Envelope<RateLimitUsed> report(String runId, RateLimitUsed report) {
        return Envelope.of(runId, null, report.replica(), new SourceRow("loader " + report.replica(), report.sequence()), report);
    }
}
