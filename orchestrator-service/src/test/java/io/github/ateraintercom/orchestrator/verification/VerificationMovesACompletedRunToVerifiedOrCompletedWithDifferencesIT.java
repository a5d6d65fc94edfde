package io.github.ateraintercom.orchestrator.verification;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.VerificationOrdered;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.common.verification.RecordVerified;
import io.github.ateraintercom.common.verification.RecordVerified.Difference;
import io.github.ateraintercom.common.verification.RecordVerified.Outcome;
import io.github.ateraintercom.common.verification.VerificationFinished;
import io.github.ateraintercom.common.verification.VerificationMessage;
import io.github.ateraintercom.common.verification.VerificationPlanned;
import io.github.ateraintercom.common.verification.VerificationSerde;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A verification is ordered only for a completed run, publishes a numbered order (with its sample),
 * shows its progress in the run as the loaders tell it, ends COMPLETED_WITH_DIFFERENCES with every
 * mismatch and missing record in its report, and VERIFIED once a later order finds every record as
 * written; only the latest order's records count, and the run's workspace stays free meanwhile.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class VerificationMovesACompletedRunToVerifiedOrCompletedWithDifferencesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void verificationOfACompletedRunReportsEveryDifferenceAndEndsVerifiedOnlyWhenEveryRecordHoldsWhatWasWritten() {
        Map<String, String> request = Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh());
        String runId = given().contentType(ContentType.JSON).body(request).post("/api/runs").then().statusCode(201).extract().path("id");
        verify(runId, Map.of()).then().statusCode(409).body("error", containsString("only a completed run"));
        verify("no-such-run", Map.of()).then().statusCode(404);

        complete(runId);
        verify(runId, Map.of("sample", 0)).then().statusCode(400).body("error", containsString("at least 1"));
        verify(runId, Map.of("sampel", 5)).then().statusCode(400).body("error", containsString("only \"sample\""));
        verify(runId, Map.of()).then().statusCode(200).body("state", equalTo("VERIFYING")).body("verification.order", equalTo(1))
                .body("verification.sample", nullValue()).body("verification.records", nullValue());
        assertThat(TopicReader.controlMessage(runId + "/verify", WAIT)).contains(new VerificationOrdered(runId, 1, null));
        given().post("/api/runs/" + runId + "/cancel").then().statusCode(409);
        given().post("/api/runs/" + runId + "/retry-failed").then().statusCode(409);

        tell(new VerificationPlanned(runId, 1, 3, 3),
                record(runId, 1, ObjectType.CUSTOMER, "1001", "company", "c1", Outcome.VERIFIED, List.of(), null),
                record(runId, 1, ObjectType.TICKET, "5001", "conversation", "901", Outcome.MISMATCHED,
                        List.of(new Difference("title", "Printer down", "Printer is down"), new Difference("part 2 body", "-rebooted twice", null)),
                        null));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/runs/" + runId).then().statusCode(200)
                .body("state", equalTo("VERIFYING")).body("verification.records", equalTo(3)).body("verification.total", equalTo(3))
                .body("verification.verified", equalTo(1)).body("verification.mismatched", equalTo(1))
                .body("verification.missing", equalTo(0)).body("verification.remaining", equalTo(1)));

        tell(record(runId, 1, ObjectType.CONTACT, "2001", "contact", "u1", Outcome.MISSING, List.of(),
                        "Intercom answered 404: the contact is gone"),
                new VerificationFinished(runId, 1, null));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/runs/" + runId).then().statusCode(200)
                .body("state", equalTo("COMPLETED_WITH_DIFFERENCES")).body("verification.remaining", equalTo(0))
                .body("failure", equalTo("1 mismatched, 1 missing and 0 not verifiable of 3 records read back: see the verification report")));
        assertThat(report(runId, "markdown")).isEqualTo("""
                # Verification of run %s

                State: COMPLETED_WITH_DIFFERENCES (order 1, every record). Read back 3 of 3 records (of 3 the run wrote): \
                verified 1, mismatched 1, missing 1, not verifiable 0.

                Failure: 1 mismatched, 1 missing and 0 not verifiable of 3 records read back: see the verification report

                ## Per object

                | object | verified | mismatched | missing | not verifiable |
                |---|---:|---:|---:|---:|
                | contact | 0 | 0 | 1 | 0 |
                | customer | 1 | 0 | 0 | 0 |
                | ticket | 0 | 1 | 0 | 0 |

                ## Mismatches

                | object | source id | Intercom object | Intercom id | field | expected | actual |
                |---|---|---|---|---|---|---|
                | ticket | 5001 | conversation | 901 | title | Printer down | Printer is down |
                | ticket | 5001 | conversation | 901 | part 2 body | -rebooted twice |  |

                ## Missing or not verifiable

                | object | source id | Intercom object | Intercom id | outcome | reason |
                |---|---|---|---|---|---|
                | contact | 2001 | contact | u1 | missing | Intercom answered 404: the contact is gone |
                """.formatted(runId));
        assertThat(report(runId, "csv").lines()).as("a value a spreadsheet would run as a formula is neutralised").containsExactly(
                "outcome,object,source_id,intercom_object,intercom_id,field,expected,actual,reason",
                "missing,contact,2001,contact,u1,,,,Intercom answered 404: the contact is gone",
                "mismatched,ticket,5001,conversation,901,title,Printer down,Printer is down,",
                "mismatched,ticket,5001,conversation,901,part 2 body,'-rebooted twice,,");
        given().get("/api/runs/" + runId + "/reports/verification?format=json").then().statusCode(200)
                .body("state", equalTo("COMPLETED_WITH_DIFFERENCES")).body("order", equalTo(1)).body("records", equalTo(3))
                .body("counts.VERIFIED", equalTo(1)).body("counts.MISMATCHED", equalTo(1)).body("counts.MISSING", equalTo(1))
                .body("objects.ticket.MISMATCHED", equalTo(1)).body("unverified.size()", equalTo(2))
                .body("unverified[1].differences[0].field", equalTo("title"))
                .body("unverified[1].differences[1].actual", nullValue());
        await().atMost(WAIT).untilAsserted(() -> assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("migration_run_verification_records{outcome=\"mismatched\",run=\"" + runId + "\"} 1.0")
                .contains("migration_run_verification_records{outcome=\"missing\",run=\"" + runId + "\"} 1.0")
                .contains("migration_run_state{run=\"" + runId + "\",state=\"completed_with_differences\"} 1.0"));

        verify(runId, Map.of("sample", 2)).then().statusCode(200).body("state", equalTo("VERIFYING"))
                .body("verification.order", equalTo(2)).body("verification.sample", equalTo(2))
                .body("verification.mismatched", equalTo(0)).body("failure", nullValue());
        assertThat(TopicReader.controlMessages(runId + "/verify", 2, WAIT)).contains(new VerificationOrdered(runId, 2, 2L));
        tell(new VerificationFinished(runId, 1, null), new VerificationPlanned(runId, 2, 2, 3),
                record(runId, 2, ObjectType.CUSTOMER, "1001", "company", "c1", Outcome.VERIFIED, List.of(), null),
                record(runId, 2, ObjectType.TICKET, "5001", "conversation", "901", Outcome.VERIFIED, List.of(), null),
                record(runId, 1, ObjectType.TICKET, "5001", "conversation", "901", Outcome.MISMATCHED,
                        List.of(new Difference("title", "Printer down", "Printer is down")), null));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/runs/" + runId).then().statusCode(200)
                .body("verification.verified", equalTo(2)).body("verification.remaining", equalTo(0)));
        assertThat(state(runId)).as("the end of an earlier order does not end the latest").isEqualTo("VERIFYING");
        tell(new VerificationFinished(runId, 2, null));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/runs/" + runId).then().statusCode(200)
                .body("state", equalTo("VERIFIED")).body("failure", nullValue()).body("verification.mismatched", equalTo(0))
                .body("verification.verified", equalTo(2)));
        assertThat(report(runId, "markdown")).contains(
                "State: VERIFIED (order 2, sample of 2). Read back 2 of 2 records (of 3 the run wrote): verified 2, mismatched 0, missing 0, "
                        + "not verifiable 0.\n\n## Per object",
                "## Mismatches\n\nNone.\n", "## Missing or not verifiable\n\nNone.\n");
        assertThat(report(runId, "csv")).isEqualTo("outcome,object,source_id,intercom_object,intercom_id,field,expected,actual,reason\r\n");

        // a verification only reads: the workspace is free for another run
        given().contentType(ContentType.JSON).body(request).post("/api/runs").then().statusCode(201);
        verify(runId, Map.of()).then().statusCode(200).body("state", equalTo("VERIFYING")).body("verification.order", equalTo(3));
    }

    /** Extracted, loaded and accounted for: one customer, loaded. */
    private static void complete(String runId) {
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, ObjectType.CUSTOMER, "customers.csv", new SourceRow("customers.csv", 0),
                new FileExtracted("customers.csv", 1, 1, 0, "0".repeat(64))));
        TopicWriter.envelope(Topics.RESULTS, Envelope.of(runId, ObjectType.CUSTOMER, "1001", new SourceRow("customers.csv", 2),
                LoadResult.loaded("c1")));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(runId, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(List.of("customers.csv"), Map.of(), null)));
        await().atMost(WAIT).until(() -> "COMPLETED".equals(state(runId)));
    }

    private static io.restassured.response.Response verify(String runId, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/runs/" + runId + "/verify");
    }

    private static String report(String runId, String format) {
        return given().queryParam("format", format).get("/api/runs/" + runId + "/reports/verification").then().statusCode(200)
                .extract().asString();
    }

    private static String state(String runId) {
        return given().get("/api/runs/" + runId).then().statusCode(200).extract().path("state");
    }

    private static RecordVerified record(String runId, int order, ObjectType type, String sourceId, String kind, String intercomId,
                                         Outcome outcome, List<Difference> differences, String reason) {
        return new RecordVerified(runId, order, type, sourceId, kind, intercomId, outcome, differences, reason);
    }

    private static void tell(VerificationMessage... messages) {
        for (VerificationMessage message : messages) {
            TopicWriter.raw(Topics.VERIFICATION, message.runId(), VerificationSerde.encode(message));
        }
    }
}
