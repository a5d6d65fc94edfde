package io.github.ateraintercom.loader.teammate;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.control.TeammateResolved;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.common.intercom.ConversationPart.Author;
import io.github.ateraintercom.common.intercom.ConversationPart.Kind;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.intercom.TeammateCommand;
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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.github.ateraintercom.loader.SandboxContacts.adminId;
import static io.github.ateraintercom.loader.SandboxContacts.sandbox;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Technicians no teammate matches wait in the run's teammate queue; their tickets go where the
 * operator resolved them (a teammate, or the fallback), and inactive technicians go to the fallback
 * when the run chose so. Through the real broker, database and sandbox.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SandboxResource.class)
class TechniciansTakeTheirTicketsAsTheOperatorResolvedIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);
    private static final String OWNER = "owner@sandbox.example";
    private static final String ALICE = "alice.away@sandbox.example";
    private static final String VICTOR = "victor.viewer@sandbox.example";
    private static final String IN_THE_QUEUE = ": put in the run's teammate queue, for an operator to map to a teammate or to "
            + "the fallback teammate";

    @ConfigProperty(name = "sandbox.url")
    String sandboxUrl;

    @Inject
    Ledger ledger;

    @Test
    void ticketsOfUnmatchedTechniciansGoToTheTeammateOrTheFallbackTheOperatorChoseAndInactiveOnesToTheFallback() {
        String runId = LoaderRuns.start(sandboxUrl, OWNER, new MappingChoices(1, null, null, null, null, null, MappingChoices.FALLBACK));
        TeammateCommand ola = new TeammateCommand("ola@msp.example", "Ola Nordmann", true);
        TeammateCommand kim = new TeammateCommand("kim.keys@msp.example", "Kim Keys", null);
        TeammateCommand gone = new TeammateCommand("gone@msp.example", "Gone Away", true);
        List<Envelope<LoadResult>> technicians = loadTeammates(runId, Map.of("303", ola, "304", kim, "306", gone,
                "305", new TeammateCommand(VICTOR, "Victor Viewer", false)));

        String detail = "inactive in Atera: mapped to the run's fallback teammate " + OWNER + ", as the run chose";
        assertThat(technicians).extracting(result -> result.sourceId() + " " + result.payload()).containsExactlyInAnyOrder(
                "303 " + LoadResult.unmatched(LoadResult.Status.HELD, "no Intercom teammate has the email ola@msp.example" + IN_THE_QUEUE, ola),
                "304 " + LoadResult.unmatched(LoadResult.Status.HELD, "no Intercom teammate has the email kim.keys@msp.example" + IN_THE_QUEUE,
                        kim),
                "305 " + LoadResult.loaded(adminId(OWNER), detail),
                "306 " + LoadResult.unmatched(LoadResult.Status.HELD, "no Intercom teammate has the email gone@msp.example" + IN_THE_QUEUE,
                        gone));
        LedgerEntry inactive = ledger.find(runId, ObjectType.TECHNICIAN, "305").orElseThrow();
        assertThat(inactive.intercomId).as("not Victor, whose email it has").isEqualTo(adminId(OWNER));
        assertThat(inactive.origin).as("a rollback never touches teammates").isEqualTo(LedgerEntry.Origin.ADOPTED);

        // what the operator resolved reaches the loader before the phase opens, as the orchestrator publishes it
        TopicWriter.control(new TeammateResolved(runId, "303", adminId(ALICE)));
        TopicWriter.control(new TeammateResolved(runId, "304", null));
        TopicWriter.control(new TeammateResolved(runId, "306", "1"));
        TopicWriter.control(new PhaseOpened(runId, Phase.CONVERSATIONS));
        String contact = contact(runId);
        for (String technician : List.of("303", "304", "305", "306")) {
            TopicWriter.envelope(Topics.INTERCOM_CONVERSATIONS, Envelope.of(runId, ObjectType.TICKET, "7" + technician,
                    new SourceRow("tickets.csv", 2), ticket(contact, technician)));
        }

        List<Envelope<LoadResult>> tickets = TopicReader.read(Topics.RESULTS, RESULTS, runId, 4 + 8, WAIT).stream()
                .filter(result -> result.objectType() == ObjectType.TICKET).toList();
        assertThat(tickets).hasSize(4);
        assertThat(teammates(tickets, "7303")).as("mapped to Alice by the operator").containsOnly(adminId(ALICE));
        assertThat(teammates(tickets, "7304")).as("sent to the fallback by the operator").containsOnly(adminId(OWNER));
        assertThat(teammates(tickets, "7305")).as("inactive, sent to the fallback by the run's choice").containsOnly(adminId(OWNER));
        assertThat(result(tickets, "7306")).isEqualTo(LoadResult.held("technician 306 is mapped to teammate 1 in the teammate queue, "
                + "but the workspace has no teammate 1"));
        assertThat(ledger.find(runId, ObjectType.TICKET, "7306")).as("nothing was written").isEmpty();
    }

    @Test
    void inactiveTechnicianMatchedByEmailIsUsedLikeAnyOtherByDefault() {
        String runId = LoaderRuns.start(sandboxUrl, OWNER, null);

        List<Envelope<LoadResult>> technicians = loadTeammates(runId, Map.of("305", new TeammateCommand(VICTOR, "Victor Viewer", false)));

        assertThat(technicians).extracting(Envelope::payload).containsExactly(LoadResult.loaded(adminId(VICTOR)));
        assertThat(ledger.find(runId, ObjectType.TECHNICIAN, "305").orElseThrow().intercomId).isEqualTo(adminId(VICTOR));
    }

    private static List<Envelope<LoadResult>> loadTeammates(String runId, Map<String, TeammateCommand> technicians) {
        TopicWriter.control(new PhaseOpened(runId, Phase.TEAMMATES));
        technicians.forEach((id, technician) -> TopicWriter.envelope(Topics.INTERCOM_TEAMMATES, Envelope.of(runId, ObjectType.TECHNICIAN,
                id, new SourceRow("technicians.csv", Long.parseLong(id)), technician)));
        return TopicReader.read(Topics.RESULTS, RESULTS, runId, technicians.size(), WAIT);
    }

    /** A contact already in the workspace and in the run's ledger, as the contacts phase leaves it; its Intercom id. */
    private String contact(String runId) {
        String endUser = "u-" + UUID.randomUUID();
        String id = sandbox().contentType(ContentType.JSON).body(Map.of("role", "user", "external_id", endUser,
                "email", endUser + "@acme.example")).post("/contacts").then().statusCode(200).extract().path("id");
        ledger.record(runId, ObjectType.CONTACT, endUser, id, "written by the contacts phase");
        return endUser;
    }

    /** A ticket assigned to the technician, opened by the contact, with one reply of the technician. */
    private static ConversationCommand ticket(String contact, String technician) {
        long createdAt = 1759738500L + Long.parseLong(technician);
        return new ConversationCommand(contact, technician,
                part(ObjectType.TICKET, "7" + technician, Author.CONTACT, contact, "Printer offline", createdAt),
                List.of(part(ObjectType.TICKET_COMMENT, "c" + technician, Author.TECHNICIAN, technician, "On it", createdAt + 60)),
                "Printer offline", Map.of(), List.of(), ConversationCommand.State.OPEN, List.of());
    }

    private static ConversationPart part(ObjectType type, String id, Author author, String authorId, String body, long createdAt) {
        return new ConversationPart(new SourceRef(type, id, new SourceRow(type.fileName(), 2)), author, authorId, Kind.COMMENT, body,
                createdAt, List.of());
    }

    private static LoadResult result(List<Envelope<LoadResult>> results, String ticket) {
        return results.stream().filter(result -> result.sourceId().equals(ticket)).findFirst().orElseThrow().payload();
    }

    /** The assignee of the ticket's conversation and the author of the technician's reply. */
    private static List<String> teammates(List<Envelope<LoadResult>> results, String ticket) {
        LoadResult loaded = result(results, ticket);
        assertThat(loaded.status()).as(ticket + ": " + loaded).isEqualTo(LoadResult.Status.LOADED);
        JsonPath conversation = sandbox().get("/conversations/" + loaded.intercomId()).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> parts = conversation.getList("conversation_parts.conversation_parts");
        List<String> authors = parts.stream().filter(part -> "comment".equals(part.get("part_type")))
                .map(part -> (String) ((Map<?, ?>) part.get("author")).get("id")).toList();
        assertThat(authors).as(ticket + ": the technician's reply").hasSize(1);
        return List.of(conversation.getString("admin_assignee_id"), authors.get(0));
    }
}
