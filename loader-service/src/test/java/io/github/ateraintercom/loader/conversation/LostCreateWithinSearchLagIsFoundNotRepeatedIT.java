package io.github.ateraintercom.loader.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.GeneratedHelpdesk;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.github.ateraintercom.testsupport.SandboxServer;
import io.github.ateraintercom.testsupport.ServiceProcess;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intercom applies every create of a contact and of a conversation, then the connection drops, and
 * its search shows nothing new for 1.5 s: the loader finds each lost create again (a user by its
 * external_id, a lead through the 409 of its second create, a conversation by searching until the
 * search lag bound, 3 s in tests, has passed) and never makes anything twice.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class LostCreateWithinSearchLagIsFoundNotRepeatedIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);

    @Inject
    Ledger ledger;

    @Test
    void everyContactAndConversationWhoseCreateAnswerWasLostExistsOnce() {
        try (ServiceProcess sandbox = SandboxServer.start(Map.of("SANDBOX_SEARCH_LAG", "PT1.5S"))) {
            for (String path : List.of("/contacts", "/conversations")) {
                given().baseUri(sandbox.baseUrl().toString()).contentType(ContentType.JSON)
                        .body(Map.of("method", "POST", "path", path, "drop_after_write", 1.0))
                        .post("/sandbox/faults").then().statusCode(201);
            }
            String runId = LoaderRuns.start(sandbox.baseUrl().toString());
            String user = "user-" + UUID.randomUUID();
            String lead = "lead-" + UUID.randomUUID();
            TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));
            TopicWriter.envelopes(Topics.INTERCOM_CONTACTS, List.of(
                    Envelope.of(runId, ObjectType.CONTACT, user, new SourceRow("contacts.csv", 2), new ContactCommand(
                            new ContactBody("user", user, user + "@customer.example", null, "Grace", null, null), null)),
                    Envelope.of(runId, ObjectType.CONTACT, lead, new SourceRow("contacts.csv", 3), new ContactCommand(
                            new ContactBody("lead", lead, null, null, "Ada", null, null), null))));
            assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 2, WAIT)).extracting(result -> result.payload().status())
                    .containsExactly(LoadResult.Status.LOADED, LoadResult.Status.LOADED);
            TopicWriter.control(new PhaseOpened(runId, Phase.CONVERSATIONS));
            TopicWriter.envelopes(Topics.INTERCOM_CONVERSATIONS, List.of(ticket(runId, "9001", user, 1758402060L, 2),
                    ticket(runId, "9002", user, 1758405660L, 3), ticket(runId, "9003", lead, 1758409260L, 4)));

            List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 8, WAIT);
            assertThat(results).as("one outcome per record").hasSize(8)
                    .allSatisfy(result -> assertThat(result.payload().status()).as(result.sourceId()).isEqualTo(LoadResult.Status.LOADED));
            assertThat(List.of(user, lead)).allSatisfy(contact -> assertThat(ledger.find(runId, ObjectType.CONTACT, contact)
                    .orElseThrow().origin).as("the contact its lost create made is the run's own").isEqualTo(LedgerEntry.Origin.CREATED));
            JsonNode state = GeneratedHelpdesk.state(sandbox.baseUrl());
            assertThat(state.path("contacts")).as("one contact per end user").hasSize(2);
            assertThat(StreamSupport.stream(state.path("conversations").path("conversations").spliterator(), false)
                    .map(conversation -> conversation.path("source").path("createdAt").asLong() + " " + conversation.path("parts").size()))
                    .as("one conversation per ticket, with its one reply").containsExactlyInAnyOrder(
                            "1758402060 1", "1758405660 1", "1758409260 1");
        }
    }

    private static Envelope<ConversationCommand> ticket(String runId, String ticketId, String contact, long openedAt, int line) {
        ConversationPart opening = new ConversationPart(new SourceRef(ObjectType.TICKET, ticketId, new SourceRow("tickets.csv", line)),
                ConversationPart.Author.CONTACT, contact, ConversationPart.Kind.COMMENT, "Ticket " + ticketId, openedAt, null);
        ConversationPart reply = new ConversationPart(new SourceRef(ObjectType.TICKET_COMMENT, ticketId + "-1",
                new SourceRow("ticket_comments.csv", line)), ConversationPart.Author.CONTACT, contact, ConversationPart.Kind.COMMENT,
                "Any news?", openedAt + 60, null);
        return Envelope.of(runId, ObjectType.TICKET, ticketId, new SourceRow("tickets.csv", line), new ConversationCommand(contact, null,
                opening, List.of(reply), null, Map.of(), List.of(), ConversationCommand.State.OPEN, List.of()));
    }
}
