package io.github.ateraintercom.loader.rollback;

import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.rollback.EntryRolledBack;
import io.github.ateraintercom.common.rollback.EntryRolledBack.Outcome;
import io.github.ateraintercom.common.rollback.RollbackMessage;
import io.github.ateraintercom.loader.GeneratedHelpdesk;
import io.github.ateraintercom.loader.LoaderDeployment;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A run's rollback, through packaged loaders, the broker, the database and the sandbox: it leaves
 * the workspace as it was before the run, except for the attributes Intercom can only archive; what
 * the run adopted (a contact, a company with the same company_id, an attribute, a tag) survives as it
 * was, untagged; a loader killed half-way through is replaced, and the order given again
 * removes the rest without an error.
 */
class RollbackRemovesWhatTheRunCreatedIT {

    private static final Map<String, String> FAST_RETRIES = Map.of(
            "loader.intercom.initial-backoff", "PT0.01S",
            "loader.intercom.max-backoff", "PT0.2S");

    @Test
    void rolledBackRunLeavesTheWorkspaceAsBeforeTheRunAndWhatItAdoptedSurvivesAsItWas() {
        try (ServiceProcess sandbox = SandboxServer.start(Map.of())) {
            LoaderDeployment deployment = LoaderDeployment.create(FAST_RETRIES);
            RolledBackRun run = new RolledBackRun(sandbox, deployment);
            try (ServiceProcess loader = deployment.start()) {
                run.load(4, 10, 12, 3);
                assertThat(run.tagWhatItAdopted()).as("tags for what the run adopted: held, never applied")
                        .containsOnlyKeys(GeneratedHelpdesk.contactId(RolledBackRun.ADOPTED_END_USER),
                                GeneratedHelpdesk.companyId(RolledBackRun.ADOPTED_CUSTOMER))
                        .allSatisfy((row, outcome) -> assertThat(outcome.status()).as(row).isEqualTo(LoadResult.Status.HELD));
                run.orderRollback(1);
                List<EntryRolledBack> outcomes = RolledBackRun.entries(run.awaitFinished(1), 1);

                run.assertWorkspaceAsBefore();
                assertThat(outcomes).as("nothing failed").noneMatch(entry -> entry.outcome() == Outcome.FAILED);
                assertThat(outcomes).filteredOn(entry -> entry.outcome() == Outcome.LEFT).extracting(EntryRolledBack::sourceId)
                        .as("left alone: what the run adopted, and the teammates it matched")
                        .contains(GeneratedHelpdesk.contactId(RolledBackRun.ADOPTED_END_USER),
                                GeneratedHelpdesk.companyId(RolledBackRun.ADOPTED_CUSTOMER),
                                "attribute company " + RolledBackRun.ADOPTED_ATTRIBUTE, "tag " + RolledBackRun.ADOPTED_TAG, "301", "302");
                assertThat(outcomes).filteredOn(entry -> entry.sourceId().equals("tag " + GeneratedHelpdesk.TAG))
                        .as("the tag the run created").extracting(EntryRolledBack::outcome).containsExactly(Outcome.REMOVED);
                assertThat(outcomes).filteredOn(entry -> entry.kind().equals("conversation"))
                        .extracting(EntryRolledBack::outcome).hasSize(12).containsOnly(Outcome.REMOVED);
                assertThat(outcomes).filteredOn(entry -> entry.kind().equals("company") && entry.outcome() != Outcome.LEFT)
                        .as("Intercom archives a deleted company; the adopted one is left").extracting(EntryRolledBack::outcome)
                        .hasSize(3).containsOnly(Outcome.ARCHIVED);
                assertThat(outcomes).filteredOn(entry -> entry.kind().equals("attribute") && entry.outcome() == Outcome.ARCHIVED)
                        .hasSize(RolledBackRun.CREATED_ATTRIBUTES.size());

                run.orderRollback(2);
                assertThat(RolledBackRun.entries(run.awaitFinished(2), 2)).as("a second order removes nothing more")
                        .allSatisfy(entry -> assertThat(entry.outcome()).isEqualTo(Outcome.LEFT));
                run.assertWorkspaceAsBefore();
            }
        }
    }

    @Test
    void rollbackKilledHalfWayIsFinishedByTheNextOrderWithoutAnError() {
        try (ServiceProcess sandbox = SandboxServer.start(Map.of())) {
            LoaderDeployment deployment = LoaderDeployment.create(Map.of(
                    "loader.intercom.initial-backoff", "PT0.01S",
                    "loader.intercom.max-backoff", "PT0.2S",
                    "loader.rollback-concurrency", "2"));
            RolledBackRun run = new RolledBackRun(sandbox, deployment);
            int tickets = 40;
            try (ServiceProcess killed = deployment.start()) {
                run.load(4, 10, tickets, 2);
                // slow deletes, so the kill finds the rollback among the conversations, deletes on their way
                given().baseUri(sandbox.baseUrl().toString()).contentType(ContentType.JSON)
                        .body(Map.of("method", "DELETE", "path", "/conversations/**", "latency_ms", 150, "jitter_ms", 100))
                        .post("/sandbox/faults").then().statusCode(201);
                run.orderRollback(1);
                await().atMost(RolledBackRun.WAIT).pollInterval(Duration.ofMillis(100))
                        .until(() -> run.conversations() <= tickets / 2);
                killed.kill();
            }
            assertThat(run.conversations()).as("conversations left when the loader was killed").isPositive();
            try (ServiceProcess replacement = deployment.start()) {
                run.orderRollback(2);
                List<RollbackMessage> messages = run.awaitFinished(2);
                assertThat(messages.stream().filter(EntryRolledBack.class::isInstance).map(EntryRolledBack.class::cast))
                        .as("no removal failed").noneMatch(entry -> entry.outcome() == Outcome.FAILED);
                run.assertWorkspaceAsBefore();
            }
        }
    }
}
