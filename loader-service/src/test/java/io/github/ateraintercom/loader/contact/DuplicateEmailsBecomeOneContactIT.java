package io.github.ateraintercom.loader.contact;

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
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.github.ateraintercom.loader.SandboxContacts.sandbox;
import static io.github.ateraintercom.loader.SandboxContacts.searchByEmail;
import static org.assertj.core.api.Assertions.assertThat;

/** Two Atera contacts with one email become one Intercom contact, through the real broker, database and sandbox. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class DuplicateEmailsBecomeOneContactIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);

    @ConfigProperty(name = "sandbox.url")
    String sandboxUrl;

    @Inject
    Ledger ledger;

    @Test
    void secondContactWithTheSameEmailIsMergedIntoTheFirstAndItsConversationIsOpenedByIt() {
        String runId = startRun();
        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));
        String first = "u-" + UUID.randomUUID();
        String second = "u-" + UUID.randomUUID();
        String email = first + "@acme.example";
        String intercomId = created(runId, first, email);

        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, second, email.toUpperCase(), "Ann Lee (old)", 3));

        LoadResult merged = resultOf(runId, second, 2);
        assertThat(merged).isEqualTo(LoadResult.loaded(intercomId, "same email as EndUserID " + first));
        assertThat(ledger.find(runId, ObjectType.CONTACT, second).orElseThrow().origin)
                .as("never removed on its own by a rollback").isEqualTo(LedgerEntry.Origin.MERGED);
        assertThat(ledger.find(runId, ObjectType.CONTACT, first).orElseThrow().origin).isEqualTo(LedgerEntry.Origin.CREATED);
        assertThat(searchByEmail(email)).containsExactly(intercomId);

        TopicWriter.control(new PhaseOpened(runId, Phase.CONVERSATIONS));
        TopicWriter.envelope(Topics.INTERCOM_CONVERSATIONS, conversation(runId, "5001", second));
        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 3, WAIT);
        LoadResult ticket = results.stream().filter(result -> result.objectType() == ObjectType.TICKET).findFirst().orElseThrow().payload();
        assertThat(ticket.status()).isEqualTo(LoadResult.Status.LOADED);
        assertThat(ticket.detail()).isEqualTo("end user EndUserID " + second + ": same email as EndUserID " + first);
        assertThat(sandbox().get("/conversations/" + ticket.intercomId()).then().statusCode(200).extract().jsonPath()
                .getList("contacts.contacts.id", String.class)).containsExactly(intercomId);
    }

    @Test
    void redeliveredDuplicateStaysMergedAndNeverOverwritesTheContactItShares() {
        String runId = startRun();
        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));
        String first = "u-" + UUID.randomUUID();
        String second = "u-" + UUID.randomUUID();
        String email = first + "@acme.example";
        String intercomId = created(runId, first, email);
        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, second, email, "Ann Lee (old)", 3));
        LoadResult merged = resultOf(runId, second, 2);

        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, second, email, "Ann Lee (old)", 3));
        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, second, email, "Ann Lee (renamed)", 3));

        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 4, WAIT);
        assertThat(results).filteredOn(result -> result.sourceId().equals(second)).extracting(Envelope::payload)
                .containsExactly(merged, merged, merged);
        assertThat(ledger.find(runId, ObjectType.CONTACT, second).orElseThrow().origin).isEqualTo(LedgerEntry.Origin.MERGED);
        assertThat(sandbox().get("/contacts/" + intercomId).then().statusCode(200).extract().jsonPath().getString("name"))
                .as("the contact keeps the values of the one that created it").isEqualTo("Ann Lee");
        assertThat(searchByEmail(email)).containsExactly(intercomId);
    }

    @Test
    void duplicatesWrittenAtTheSameTimeEndAsOneCreatedAndOneMerged() {
        String runId = startRun();
        List<String> emails = IntStream.range(0, 4).mapToObj(i -> "same-" + UUID.randomUUID() + "@acme.example").toList();
        // every pair waits for the phase, so both of a pair are written at once on their own keys
        for (String email : emails) {
            TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, "a-" + email, email, "A", 2));
            TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, "b-" + email, email, "B", 3));
        }
        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));

        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, 8, WAIT);
        assertThat(results).hasSize(8).extracting(result -> result.payload().status()).containsOnly(LoadResult.Status.LOADED);
        for (String email : emails) {
            LedgerEntry a = ledger.find(runId, ObjectType.CONTACT, "a-" + email).orElseThrow();
            LedgerEntry b = ledger.find(runId, ObjectType.CONTACT, "b-" + email).orElseThrow();
            assertThat(searchByEmail(email)).as("one Intercom contact for " + email).containsExactly(a.intercomId);
            assertThat(b.intercomId).isEqualTo(a.intercomId);
            assertThat(List.of(a.origin, b.origin)).containsExactlyInAnyOrder(LedgerEntry.Origin.CREATED, LedgerEntry.Origin.MERGED);
            LedgerEntry merged = a.origin == LedgerEntry.Origin.MERGED ? a : b;
            LedgerEntry created = merged == a ? b : a;
            assertThat(merged.detail).isEqualTo("same email as EndUserID " + created.sourceId);
        }
    }

    @Test
    void contactWhoseEmailBelongsToAContactTheRunDidNotCreateIsAdopted() {
        String runId = startRun();
        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));
        String email = "before-" + UUID.randomUUID() + "@acme.example";
        String existing = sandbox().contentType(ContentType.JSON).body(Map.of("role", "user", "email", email, "external_id", "crm-7"))
                .post("/contacts").then().statusCode(200).extract().path("id");
        String endUser = "u-" + UUID.randomUUID();

        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, endUser, email, "Ann", 2));

        assertThat(resultOf(runId, endUser, 1)).isEqualTo(LoadResult.loaded(existing));
        assertThat(ledger.find(runId, ObjectType.CONTACT, endUser).orElseThrow().origin).isEqualTo(LedgerEntry.Origin.ADOPTED);
    }

    /** The first contact with the email, written; answers its Intercom id. */
    private static String created(String runId, String endUserId, String email) {
        TopicWriter.envelope(Topics.INTERCOM_CONTACTS, contact(runId, endUserId, email, "Ann Lee", 2));
        return TopicReader.read(Topics.RESULTS, RESULTS, runId, 1, WAIT).get(0).payload().intercomId();
    }

    private LoadResult resultOf(String runId, String sourceId, int expected) {
        return TopicReader.read(Topics.RESULTS, RESULTS, runId, expected, WAIT).stream().filter(result -> result.sourceId().equals(sourceId))
                .findFirst().orElseThrow().payload();
    }

    private String startRun() {
        return LoaderRuns.start(sandboxUrl);
    }

    private static Envelope<ContactCommand> contact(String runId, String endUserId, String email, String name, long line) {
        return Envelope.of(runId, ObjectType.CONTACT, endUserId, new SourceRow("contacts.csv", line),
                new ContactCommand(new ContactBody("user", endUserId, email, null, name, null, null), null));
    }

    private static Envelope<ConversationCommand> conversation(String runId, String ticketId, String endUserId) {
        ConversationPart opening = new ConversationPart(new SourceRef(ObjectType.TICKET, ticketId, new SourceRow("tickets.csv", 2)),
                ConversationPart.Author.CONTACT, endUserId, ConversationPart.Kind.COMMENT, "Printer offline", 1759738500L, List.of());
        return Envelope.of(runId, ObjectType.TICKET, ticketId, new SourceRow("tickets.csv", 2), new ConversationCommand(endUserId,
                null, opening, List.of(), null, Map.of(), List.of(), ConversationCommand.State.OPEN, List.of()));
    }
}
