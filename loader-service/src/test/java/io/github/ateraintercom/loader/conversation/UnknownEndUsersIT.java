package io.github.ateraintercom.loader.conversation;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.common.intercom.Requester;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.loader.LoaderRuns;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.SandboxResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.github.ateraintercom.loader.SandboxContacts.sandbox;
import static io.github.ateraintercom.loader.SandboxContacts.searchByEmail;
import static org.assertj.core.api.Assertions.assertThat;

/** Tickets whose end user matches no written contact, through the real broker, database and sandbox. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class UnknownEndUsersIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);

    @ConfigProperty(name = "sandbox.url")
    String sandboxUrl;

    @Inject
    Ledger ledger;

    @Test
    void unknownEndUserOfTwoTicketsBecomesExactlyOneContactMadeFromTheirEndUserFields() {
        String runId = startRun(null);
        String endUser = "9999-" + UUID.randomUUID();
        Requester requester = new Requester(endUser, endUser + "@acme.example", "Jane", "Doe", "+1 555 0199");
        // both wait for the phase, so both meet the unknown end user at once
        TopicWriter.envelope(Topics.INTERCOM_CONVERSATIONS, ticket(runId, "5003", requester, 1759738500L));
        TopicWriter.envelope(Topics.INTERCOM_CONVERSATIONS, ticket(runId, "5004", requester, 1759738600L));
        TopicWriter.control(new PhaseOpened(runId, Phase.CONVERSATIONS));

        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 2, WAIT);

        assertThat(searchByEmail(requester.email())).as("exactly one contact").hasSize(1);
        String contactId = searchByEmail(requester.email()).get(0);
        LedgerEntry contact = ledger.find(runId, ObjectType.CONTACT, endUser).orElseThrow();
        assertThat(contact.intercomId).isEqualTo(contactId);
        assertThat(contact.origin).as("a rollback removes it").isEqualTo(LedgerEntry.Origin.CREATED);
        assertThat(contact.detail).isIn("created from ticket 5003's end-user fields", "created from ticket 5004's end-user fields");
        assertThat(results).extracting(result -> result.payload().status()).containsOnly(LoadResult.Status.LOADED);
        assertThat(results).extracting(result -> result.payload().detail()).containsOnly("end user EndUserID " + endUser + ": " + contact.detail);
        for (Envelope<LoadResult> result : results) {
            assertThat(sandbox().get("/conversations/" + result.payload().intercomId()).then().statusCode(200).extract().jsonPath()
                    .getList("contacts.contacts.id", String.class)).containsExactly(contactId);
        }
        JsonPath made = sandbox().get("/contacts/" + contactId).then().statusCode(200).extract().jsonPath();
        assertThat(made.getString("role")).isEqualTo("user");
        assertThat(made.getString("external_id")).isEqualTo(endUser);
        assertThat(made.getString("name")).isEqualTo("Jane Doe");
        assertThat(made.getString("phone")).isEqualTo("+1 555 0199");
    }

    @Test
    void unknownEndUserWithoutEmailBecomesALead() {
        String runId = startRun(null);
        String endUser = "9998-" + UUID.randomUUID();
        TopicWriter.control(new PhaseOpened(runId, Phase.CONVERSATIONS));

        TopicWriter.envelope(Topics.INTERCOM_CONVERSATIONS, ticket(runId, "5005", new Requester(endUser, null, null, "Doe", null),
                1759738500L));

        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT)).extracting(result -> result.payload().status())
                .containsExactly(LoadResult.Status.LOADED);
        String contactId = ledger.find(runId, ObjectType.CONTACT, endUser).orElseThrow().intercomId;
        assertThat(sandbox().get("/contacts/" + contactId).then().statusCode(200).extract().jsonPath().getString("role")).isEqualTo("lead");
    }

    @Test
    void whenTheRunHoldsUnknownEndUsersTheTicketIsHeldAndNoContactIsMade() {
        String runId = startRun(new MappingChoices(0, null, null, null, MappingChoices.HOLD, null));
        String endUser = "9999-" + UUID.randomUUID();
        Requester requester = new Requester(endUser, endUser + "@acme.example", "Jane", "Doe", null);
        TopicWriter.control(new PhaseOpened(runId, Phase.CONVERSATIONS));

        TopicWriter.envelope(Topics.INTERCOM_CONVERSATIONS, ticket(runId, "5003", requester, 1759738500L));

        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT)).extracting(Envelope::payload).containsExactly(
                LoadResult.held("its end user EndUserID " + endUser + " matches no contact",
                        "end user EndUserID " + endUser + ", " + endUser + "@acme.example, Jane Doe"));
        assertThat(ledger.find(runId, ObjectType.CONTACT, endUser)).isEmpty();
        assertThat(searchByEmail(requester.email())).isEmpty();
    }

    @Test
    void ticketOfAContactThatWasHeldIsHeldNotOpenedByASecondContact() {
        String runId = startRun(null);
        String endUser = "u-" + UUID.randomUUID();
        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));
        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, Envelope.of(runId, ObjectType.CONTACT, endUser, new SourceRow("contacts.csv", 2),
                new ContactCommand(new ContactBody("user", endUser, endUser + "@acme.example", null, "Jane", null, null),
                        "rejected-customer")));
        assertThat(TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT)).extracting(result -> result.payload().status())
                .containsExactly(LoadResult.Status.HELD);
        TopicWriter.control(new PhaseOpened(runId, Phase.CONVERSATIONS));

        TopicWriter.envelope(Topics.INTERCOM_CONVERSATIONS, ticket(runId, "5006",
                new Requester(endUser, endUser + "@acme.example", "Jane", null, null), 1759738500L));

        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 2, WAIT);
        assertThat(results).filteredOn(result -> result.objectType() == ObjectType.TICKET).extracting(Envelope::payload)
                .containsExactly(LoadResult.held("its contact EndUserID " + endUser + " is not in Intercom: held: its company, "
                        + "CustomerID rejected-customer, is not in Intercom: that customer was rejected, failed or held"));
        assertThat(searchByEmail(endUser + "@acme.example")).isEmpty();
    }

    private String startRun(MappingChoices mapping) {
        return LoaderRuns.start(sandboxUrl, null, mapping);
    }

    private static Envelope<ConversationCommand> ticket(String runId, String ticketId, Requester requester, long createdAt) {
        SourceRow row = new SourceRow("tickets.csv", Long.parseLong(ticketId));
        ConversationPart opening = new ConversationPart(new SourceRef(ObjectType.TICKET, ticketId, row), ConversationPart.Author.CONTACT,
                requester.endUserId(), ConversationPart.Kind.COMMENT, "Printer offline", createdAt, List.of());
        return Envelope.of(runId, ObjectType.TICKET, ticketId, row, new ConversationCommand(requester.endUserId(), null, opening,
                List.of(), null, Map.of(), List.of(), ConversationCommand.State.OPEN, List.of(), null, requester));
    }
}
