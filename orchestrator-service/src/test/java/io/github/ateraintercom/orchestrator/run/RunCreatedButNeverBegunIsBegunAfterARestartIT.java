package io.github.ateraintercom.orchestrator.run;

import io.github.ateraintercom.common.control.DiscoveryRequested;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A run persisted by an orchestrator that stopped before ordering anything is left CREATED: it is
 * begun once it has been so for a while, its extraction or discovery ordered once; a fresh run is
 * left to its own start.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class RunCreatedButNeverBegunIsBegunAfterARestartIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void runLeftCreatedHasItsExtractionOrderedAndMovesOn() {
        String id = createdRun(false, OffsetDateTime.now().minusMinutes(5));

        await().atMost(WAIT).until(() -> "EXTRACTING".equals(state(id)));
        assertThat(TopicReader.controlMessage(id, WAIT)).get().isInstanceOfSatisfying(RunStarted.class,
                started -> assertThat(started.sourceDirectory()).isEqualTo("/exports/acme"));
        assertThat(TopicReader.controlMessages(id, 2, Duration.ofSeconds(3))).as("ordered once").hasSize(1);
    }

    @Test
    void runLeftCreatedThatConfirmsItsMappingHasItsDiscoveryOrdered() {
        String id = createdRun(true, OffsetDateTime.now().minusMinutes(5));

        await().atMost(WAIT).until(() -> "DISCOVERING".equals(state(id)));
        assertThat(TopicReader.controlMessage(id + "/discovery", WAIT)).contains(new DiscoveryRequested(id, "/exports/acme", "UTC"));
    }

    @Test
    void runJustCreatedIsLeftToItsOwnStart() {
        String id = createdRun(false, OffsetDateTime.now());

        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> "CREATED".equals(state(id)));
        assertThat(TopicReader.controlMessage(id, Duration.ofSeconds(1))).isEmpty();
    }

    /** A run as the orchestrator persists it before it orders anything. */
    private static String createdRun(boolean confirmMapping, OffsetDateTime createdAt) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            Run run = new Run();
            run.id = id;
            run.sourceKind = "export-directory";
            run.sourceDirectory = "/exports/acme";
            run.targetBaseUrl = Workspaces.fresh();
            run.tokenSecret = "INTERCOM_TOKEN";
            run.accountTimeZone = "UTC";
            run.confirmMapping = confirmMapping;
            run.createdAt = createdAt;
            run.moveTo(RunState.CREATED);
            run.persist();
        });
        return id;
    }

    private static String state(String id) {
        return given().get("/api/runs/" + id).then().statusCode(200).extract().path("state");
    }
}
