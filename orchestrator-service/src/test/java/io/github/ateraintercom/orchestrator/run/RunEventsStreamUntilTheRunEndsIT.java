package io.github.ateraintercom.orchestrator.run;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.OperatorTokenForEveryRequest;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A dashboard following a run receives its progress as server-sent events until the run ends. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class RunEventsStreamUntilTheRunEndsIT {

    @TestHTTPResource("/api/runs")
    URI runs;

    @Test
    void streamShowsTheRunAndEndsWithItsFinalState() throws Exception {
        String runId = given().contentType(ContentType.JSON)
                .body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh()))
                .when().post("/api/runs").then().statusCode(201).extract().path("id");
        List<String> data = new CopyOnWriteArrayList<>();
        CountDownLatch following = new CountDownLatch(1);
        CompletableFuture<Void> ended = HttpClient.newHttpClient()
                .sendAsync(HttpRequest.newBuilder(URI.create(runs + "/" + runId + "/events"))
                        .header("Accept", "text/event-stream")
                        .header("Authorization", "Bearer " + OperatorTokenForEveryRequest.TOKEN).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().filter(line -> line.startsWith("data:")).forEach(line -> {
                    data.add(line);
                    following.countDown();
                }));
        assertThat(following.await(30, TimeUnit.SECONDS)).as("first event").isTrue();

        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(List.of(), Map.of(), "customers.csv is missing from /exports/acme")));

        ended.get(30, TimeUnit.SECONDS);
        assertThat(data).isNotEmpty().allSatisfy(line -> assertThat(line).contains("\"id\":\"" + runId + "\""));
        assertThat(data.get(0)).contains("\"state\":\"EXTRACTING\"");
        assertThat(data.get(data.size() - 1)).contains("\"state\":\"FAILED\"")
                .contains("\"failure\":\"extraction failed: customers.csv is missing from /exports/acme\"");
        assertThat(data.subList(0, data.size() - 1)).noneSatisfy(line -> assertThat(line).contains("\"state\":\"FAILED\""));
    }

    @Test
    void unknownRunIs404() {
        given().accept("text/event-stream").get("/api/runs/no-such-run/events").then().statusCode(404);
    }
}
