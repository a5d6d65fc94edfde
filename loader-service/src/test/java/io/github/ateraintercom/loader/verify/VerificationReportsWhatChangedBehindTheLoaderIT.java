package io.github.ateraintercom.loader.verify;

import io.github.ateraintercom.common.control.VerificationOrdered;
import io.github.ateraintercom.common.verification.RecordVerified;
import io.github.ateraintercom.common.verification.RecordVerified.Difference;
import io.github.ateraintercom.common.verification.RecordVerified.Outcome;
import io.github.ateraintercom.common.verification.VerificationFinished;
import io.github.ateraintercom.common.verification.VerificationMessage;
import io.github.ateraintercom.common.verification.VerificationPlanned;
import io.github.ateraintercom.loader.GeneratedHelpdesk;
import io.github.ateraintercom.loader.LoaderDeployment;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's verification, through a packaged loader, the broker, the database and the sandbox: a run
 * left alone verifies entirely; after a company is renamed, a contact deleted and a conversation
 * retitled and given a note in Intercom behind the loader's back, exactly those records are reported,
 * with each field that differs; a sample reads back only as many records, spread over the kinds.
 */
class VerificationReportsWhatChangedBehindTheLoaderIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int COMPANIES = 2;
    private static final int CONTACTS = 4;
    private static final int TICKETS = 4;
    private static final int RECORDS = COMPANIES + CONTACTS + TICKETS;

    @Test
    void untouchedRunVerifiesEntirelyAndEveryChangeBehindTheLoaderIsReported() {
        try (ServiceProcess sandbox = SandboxServer.start(Map.of())) {
            LoaderDeployment deployment = LoaderDeployment.create(Map.of());
            try (ServiceProcess loader = deployment.start()) {
                String runId = LoaderRuns.start(sandbox.baseUrl().toString(), GeneratedHelpdesk.OWNER, null);
                GeneratedHelpdesk helpdesk = new GeneratedHelpdesk(runId, COMPANIES, CONTACTS, TICKETS, 3);
                helpdesk.loadPeople(deployment::topic, WAIT);
                helpdesk.openConversations(deployment::topic);
                helpdesk.assertEveryRecordLoaded(WAIT);

                List<RecordVerified> untouched = verify(runId, 1, null);
                assertThat(untouched).as("every record read back").hasSize(RECORDS)
                        .allSatisfy(record -> assertThat(record.outcome()).as(record.kind() + " " + record.sourceId()).isEqualTo(Outcome.VERIFIED));

                RequestSpecification api = given().baseUri(sandbox.baseUrl().toString())
                        .header("Authorization", "Bearer " + SandboxServer.TOKEN).contentType(ContentType.JSON);
                api.body(Map.of("name", "Renamed in Intercom")).put("/companies/" + intercomId(untouched, "customer-0"))
                        .then().statusCode(200);
                api.delete("/contacts/" + intercomId(untouched, "enduser-1")).then().statusCode(200);
                String conversation = intercomId(untouched, "ticket-0");
                api.body(Map.of("title", "Retitled")).put("/conversations/" + conversation).then().statusCode(200);
                String owner = GeneratedHelpdesk.adminIds(GeneratedHelpdesk.state(sandbox.baseUrl())).get(GeneratedHelpdesk.OWNER);
                api.body(Map.of("message_type", "note", "type", "admin", "admin_id", owner, "body", "<p>Added by hand</p>"))
                        .post("/conversations/" + conversation + "/reply").then().statusCode(200);

                List<RecordVerified> changed = verify(runId, 2, null);
                assertThat(changed).hasSize(RECORDS);
                assertThat(changed).filteredOn(record -> record.outcome() != Outcome.VERIFIED).extracting(RecordVerified::sourceId)
                        .as("exactly the records changed behind the loader").containsExactlyInAnyOrder("customer-0", "enduser-1", "ticket-0");
                assertThat(record(changed, "customer-0").differences())
                        .containsExactly(new Difference("name", "Company 0", "Renamed in Intercom"));
                assertThat(record(changed, "enduser-1").outcome()).isEqualTo(Outcome.MISSING);
                RecordVerified retitled = record(changed, "ticket-0");
                assertThat(retitled.outcome()).isEqualTo(Outcome.MISMATCHED);
                assertThat(retitled.differences()).contains(new Difference("title", "Ticket 0", "Retitled"),
                        new Difference("parts", "3", "4"), new Difference("part 4 type", null, "note"),
                        new Difference("part 4 author", null, owner), new Difference("part 4 body", null, "Added by hand"));
                assertThat(retitled.differences()).hasSize(5);

                List<VerificationMessage> sampled = messages(runId, 3, 4L);
                assertThat(sampled).contains(new VerificationPlanned(runId, 3, 4, RECORDS));
                assertThat(entries(sampled, 3)).extracting(RecordVerified::kind).as("a sample spread over every kind")
                        .hasSize(4).contains("company", "contact", "conversation");
            }
        }
    }

    private static List<RecordVerified> verify(String runId, int order, Long sample) {
        return entries(messages(runId, order, sample), order);
    }

    private static List<VerificationMessage> messages(String runId, int order, Long sample) {
        TopicWriter.control(new VerificationOrdered(runId, order, sample));
        List<VerificationMessage> messages = TopicReader.verificationMessages(runId,
                message -> message instanceof VerificationFinished finished && finished.order() == order, WAIT);
        assertThat(messages).as("verification finished").anyMatch(message -> message instanceof VerificationFinished finished
                && finished.order() == order && finished.failure() == null);
        return messages;
    }

    private static List<RecordVerified> entries(List<VerificationMessage> messages, int order) {
        return messages.stream().filter(RecordVerified.class::isInstance).map(RecordVerified.class::cast)
                .filter(record -> record.order() == order).toList();
    }

    private static RecordVerified record(List<RecordVerified> records, String sourceId) {
        return records.stream().filter(record -> record.sourceId().equals(sourceId)).findFirst().orElseThrow();
    }

    private static String intercomId(List<RecordVerified> records, String sourceId) {
        return record(records, sourceId).intercomId();
    }
}
