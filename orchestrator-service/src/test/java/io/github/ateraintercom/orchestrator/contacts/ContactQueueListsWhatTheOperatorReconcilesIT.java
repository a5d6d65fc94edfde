package io.github.ateraintercom.orchestrator.contacts;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.RecordHeld;
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
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The stored outcomes of a run's contacts and tickets, as the operator's contact resolution queue. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class ContactQueueListsWhatTheOperatorReconcilesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CONTACT = "a".repeat(24);

    @Test
    void queueListsQueuedMergedAndResolvedContactsAndTicketsHeldForTheirEndUser() {
        String runId = runWithContactDecisions();
        JsonPath queue = queue(runId);

        assertThat(queue.getString("runId")).isEqualTo(runId);
        assertThat(queue.getMap("queued[0]")).containsEntry("file", "contacts.csv").containsEntry("line", 4)
                .containsEntry("sourceId", "2003").containsEntry("reason", "contact without email: in the resolution queue, as the run chose");
        assertThat(queue.getList("merged")).hasSize(1);
        assertThat(queue.getMap("merged[0]")).containsEntry("sourceId", "2002").containsEntry("intercomId", CONTACT)
                .containsEntry("detail", "same email as EndUserID 2001");
        assertThat(queue.getList("ticketsOfResolvedEndUsers")).as("a ticket of a known contact is not listed").hasSize(1);
        assertThat(queue.getMap("ticketsOfResolvedEndUsers[0]")).containsEntry("sourceId", "5003").containsEntry("intercomId", "101")
                .containsEntry("detail", "end user EndUserID 9999: created from ticket 5003's end-user fields");
        assertThat(queue.getMap("ticketsHeldForTheirEndUser[0]")).containsEntry("sourceId", "5005")
                .containsEntry("reason", "its end user EndUserID 9998 matches no contact")
                .containsEntry("detail", "end user EndUserID 9998, jane@acme.example, Jane Doe");
    }

    @Test
    void reconciliationReportTellsWhatWasDoneWithEachTicketAndContactThatNeededADecision() {
        String runId = runWithContactDecisions();

        assertThat(report(runId, "markdown")).isEqualTo("# Contact reconciliation of run " + runId + "\n\n"
                + "## Tickets whose end user is no migrated contact\n\n"
                + "The run's choice: `contact`: a contact is made from the ticket's end-user fields. Tickets whose requester's "
                + "email is no contact's in the export, as discovered: unknown (the source was not discovered).\n\n"
                + "| ticket | file | line | Intercom id | reason | what was done |\n|---|---|---:|---|---|---|\n"
                + "| 5003 | tickets.csv | 2 | 101 |  | end user EndUserID 9999: created from ticket 5003's end-user fields |\n"
                + "\nHeld for their end user:\n\n"
                + "| ticket | file | line | Intercom id | reason | end user |\n|---|---|---:|---|---|---|\n"
                + "| 5005 | tickets.csv | 4 |  | its end user EndUserID 9998 matches no contact | end user EndUserID 9998, "
                + "jane@acme.example, Jane Doe |\n"
                + "\n## Contacts without email\n\n"
                + "The run's choice: `lead`: each becomes a lead. Contacts without email in the export, as discovered: unknown "
                + "(the source was not discovered).\n\n"
                + "| contact | file | line | Intercom id | reason | detail |\n|---|---|---:|---|---|---|\n"
                + "| 2003 | contacts.csv | 4 |  | contact without email: in the resolution queue, as the run chose |  |\n"
                + "\n## Duplicate emails\n\nEach contact listed became the Intercom contact of another with its email.\n\n"
                + "| contact | file | line | Intercom id | reason | merged into |\n|---|---|---:|---|---|---|\n"
                + "| 2002 | contacts.csv | 3 | " + CONTACT + " |  | same email as EndUserID 2001 |\n");
        assertThat(report(runId, "csv").lines()).containsExactly("section,file,line,object,source_id,intercom_id,reason,detail",
                "ticket_end_user_resolved,tickets.csv,2,ticket,5003,101,,end user EndUserID 9999: created from ticket 5003's end-user fields",
                "ticket_held,tickets.csv,4,ticket,5005,,its end user EndUserID 9998 matches no contact,"
                        + "\"end user EndUserID 9998, jane@acme.example, Jane Doe\"",
                "contact_queued,contacts.csv,4,contact,2003,,\"contact without email: in the resolution queue, as the run chose\",",
                "contact_merged,contacts.csv,3,contact,2002," + CONTACT + ",,same email as EndUserID 2001");
        JsonPath json = new JsonPath(report(runId, "json"));
        assertThat(json.getString("unknownRequesters")).isEqualTo("contact");
        assertThat(json.getString("contactsWithoutEmail")).isEqualTo("lead");
        assertThat(json.getString("contactsWithoutEmailInExport")).isNull();
        assertThat(json.getList("rows.merged.sourceId")).containsExactly("2002");
    }

    @Test
    void queueOfAnUnknownRunIsNotFound() {
        given().get("/api/runs/no-such-run/contacts/queue").then().statusCode(404);
    }

    /**
     * A run whose contacts and tickets needed each decision: a contact queued for want of an email,
     * one merged into another of the same email, a ticket whose end user was made from it, one of
     * a known contact, and one held for its end user.
     */
    private static String runWithContactDecisions() {
        String runId = startRun();
        TopicWriter.envelope(Topics.EVENTS, contact(runId, "2003", 4,
                new RecordHeld("contact without email: in the resolution queue, as the run chose")));
        TopicWriter.envelope(Topics.EVENTS, contact(runId, "2001", 2, new RecordTransformed(Topics.INTERCOM_CONTACTS)));
        TopicWriter.envelope(Topics.RESULTS, contact(runId, "2001", 2, LoadResult.loaded(CONTACT)));
        TopicWriter.envelope(Topics.RESULTS, contact(runId, "2002", 3, LoadResult.loaded(CONTACT, "same email as EndUserID 2001")));
        TopicWriter.envelope(Topics.RESULTS, ticket(runId, "5003", 2, LoadResult.loaded("101",
                "end user EndUserID 9999: created from ticket 5003's end-user fields")));
        TopicWriter.envelope(Topics.RESULTS, ticket(runId, "5004", 3, LoadResult.loaded("102")));
        TopicWriter.envelope(Topics.RESULTS, ticket(runId, "5005", 4, LoadResult.held("its end user EndUserID 9998 matches no contact",
                "end user EndUserID 9998, jane@acme.example, Jane Doe")));
        await().atMost(WAIT).untilAsserted(() -> assertThat(queue(runId).getList("ticketsHeldForTheirEndUser")).hasSize(1));
        await().atMost(WAIT).untilAsserted(() -> assertThat(queue(runId).getList("queued")).hasSize(1));
        await().atMost(WAIT).untilAsserted(() -> assertThat(queue(runId).getList("merged")).hasSize(1));
        await().atMost(WAIT).untilAsserted(() -> assertThat(queue(runId).getList("ticketsOfResolvedEndUsers")).hasSize(1));
        return runId;
    }

    private static String report(String runId, String format) {
        return given().queryParam("format", format).get("/api/runs/" + runId + "/reports/contact-reconciliation").then().statusCode(200)
                .extract().asString();
    }

    private static JsonPath queue(String runId) {
        return given().get("/api/runs/" + runId + "/contacts/queue").then().statusCode(200).extract().jsonPath();
    }

    private static String startRun() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl", Workspaces.fresh()))
                .when().post("/api/runs").then().statusCode(201).extract().path("id");
    }

    private static <P> Envelope<P> contact(String runId, String id, long line, P payload) {
        return Envelope.of(runId, ObjectType.CONTACT, id, new SourceRow("contacts.csv", line), payload);
    }

    private static <P> Envelope<P> ticket(String runId, String id, long line, P payload) {
        return Envelope.of(runId, ObjectType.TICKET, id, new SourceRow("tickets.csv", line), payload);
    }
}
