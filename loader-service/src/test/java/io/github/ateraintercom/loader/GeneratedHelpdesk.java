package io.github.ateraintercom.loader;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.common.control.PhaseOpened;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.intercom.TeammateCommand;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.testsupport.TopicReader;
import io.github.ateraintercom.testsupport.TopicWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A generated helpdesk of one run: companies, end users (every tenth a lead without email), two
 * technicians matching teammates, and tickets of several parts each (technicians' comments and
 * notes, end users' comments), assigned, titled, tagged, left open, closed or snoozed in turn. It is
 * loaded phase by phase, as the orchestrator opens the phases, and knows exactly what the workspace
 * must hold afterwards.
 */
public final class GeneratedHelpdesk {

    /** The run's fallback teammate: tickets without a technician are assigned to them. */
    public static final String OWNER = "owner@sandbox.example";
    private static final Map<String, String> TECHNICIANS = Map.of("301", "tom.tech@sandbox.example",
            "302", "alice.away@sandbox.example");
    private static final long FIRST_TICKET_AT = 1_700_000_000L;
    /** The tag of every fifth ticket. */
    public static final String TAG = "printer";
    private static final EnvelopeSerde<LoadResult> RESULTS = new EnvelopeSerde<>(LoadResult.class);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String runId;
    private final int companies;
    private final int contacts;
    private final int tickets;
    private final int partsPerTicket;
    /** Commands of the run written before its people (its schema, its articles), each with an outcome of its own. */
    private int preloaded;

    public GeneratedHelpdesk(String runId, int companies, int contacts, int tickets, int partsPerTicket) {
        this.runId = runId;
        this.companies = companies;
        this.contacts = contacts;
        this.tickets = tickets;
        this.partsPerTicket = partsPerTicket;
    }

    /** Every source row of the helpdesk, each of which must get exactly one outcome. */
    public int records() {
        return preloaded + companies + contacts + TECHNICIANS.size() + tickets * (1 + partsPerTicket);
    }

    /**
     * Publishes companies and technicians, then contacts, on the deployment's topics, opening each
     * phase once the objects it needs are accounted for, as the orchestrator does.
     */
    public void loadPeople(UnaryOperator<String> topic, Duration wait) {
        TopicWriter.control(new PhaseOpened(runId, Phase.COMPANIES));
        TopicWriter.envelopes(topic.apply(Topics.INTERCOM_COMPANIES), IntStream.range(0, companies).mapToObj(i -> Envelope.of(runId,
                ObjectType.CUSTOMER, companyId(i), row(ObjectType.CUSTOMER, i), new CompanyCommand(companyId(i), "Company " + i,
                        null, null, null))).toList());
        TopicWriter.control(new PhaseOpened(runId, Phase.TEAMMATES));
        List<String> technicians = List.copyOf(TECHNICIANS.keySet());
        TopicWriter.envelopes(topic.apply(Topics.INTERCOM_TEAMMATES), IntStream.range(0, technicians.size()).mapToObj(i -> Envelope.of(
                runId, ObjectType.TECHNICIAN, technicians.get(i), row(ObjectType.TECHNICIAN, i),
                new TeammateCommand(TECHNICIANS.get(technicians.get(i)), "Technician " + i, true))).toList());
        awaitOutcomes(preloaded + companies + technicians.size(), wait);
        TopicWriter.control(new PhaseOpened(runId, Phase.CONTACTS));
        TopicWriter.envelopes(topic.apply(Topics.INTERCOM_CONTACTS), IntStream.range(0, contacts).mapToObj(i -> Envelope.of(runId,
                ObjectType.CONTACT, contactId(i), row(ObjectType.CONTACT, i), new ContactCommand(isLead(i)
                ? new ContactBody("lead", contactId(i), null, null, "Lead " + i, null, null)
                : new ContactBody("user", contactId(i), email(i), null, "User " + i, null, null),
                companyId(i % companies)))).toList());
        awaitOutcomes(records() - tickets * (1 + partsPerTicket), wait);
    }

    /**
     * Has the run write something before its people (its schema, its articles): opens the phase,
     * publishes its {@code commands} commands and waits until each of them, and all before, is loaded.
     */
    public void preload(Phase phase, Runnable publish, int commands, Duration wait) {
        TopicWriter.control(new PhaseOpened(runId, phase));
        publish.run();
        preloaded += commands;
        awaitOutcomes(preloaded, wait);
    }

    /** Publishes every ticket and opens the conversations phase. */
    public void openConversations(UnaryOperator<String> topic) {
        TopicWriter.envelopes(topic.apply(Topics.INTERCOM_CONVERSATIONS), IntStream.range(0, tickets).mapToObj(i -> Envelope.of(runId,
                ObjectType.TICKET, ticketId(i), row(ObjectType.TICKET, i), ticket(i))).toList());
        TopicWriter.control(new PhaseOpened(runId, Phase.CONVERSATIONS));
    }

    /** Waits for every record's outcome: each record has exactly one, and it is loaded. */
    public void assertEveryRecordLoadedOnce(Duration wait) {
        Map<String, List<LoadResult>> outcomes = outcomes(records(), wait);
        assertThat(outcomes).as("records with an outcome").hasSize(records());
        assertThat(outcomes).as("the outcomes of each record").allSatisfy((record, results) ->
                assertThat(results).as(record).extracting(LoadResult::status).containsExactly(LoadResult.Status.LOADED));
    }

    /**
     * Waits until every record has an outcome, and every outcome is loaded. After a loader was killed a
     * record may have two alike: one it finished before its offset was committed is answered again
     * from the ledger by the next loader.
     */
    public void assertEveryRecordLoaded(Duration wait) {
        await().atMost(wait).pollInterval(Duration.ofSeconds(1)).until(() -> outcomes(records(), Duration.ofSeconds(1)).size() >= records());
        Map<String, List<LoadResult>> outcomes = outcomes(records(), Duration.ofSeconds(1));
        assertThat(outcomes).as("records with an outcome").hasSize(records());
        assertThat(outcomes).as("the outcomes of each record").allSatisfy((record, results) -> assertThat(Set.copyOf(results)).as(record)
                .singleElement().extracting(LoadResult::status).isEqualTo(LoadResult.Status.LOADED));
    }

    /**
     * The workspace holds exactly the helpdesk: one company per customer, one contact per end user
     * joined to its company, one conversation per ticket with exactly its parts in order, then its
     * assignment and final state, its assignee, title and tag; nothing twice, nothing else.
     */
    public void assertWorkspaceHoldsExactly(JsonNode state, Map<String, String> adminIdsByEmail) {
        Map<String, String> companyIds = uniqueIds(state.path("companies"), "companyId", "company per customer");
        assertThat(companyIds.keySet()).containsExactlyInAnyOrderElementsOf(IntStream.range(0, companies).mapToObj(GeneratedHelpdesk::companyId).toList());
        Map<String, String> contactIds = uniqueIds(state.path("contacts"), "external_id", "contact per end user");
        assertThat(contactIds.keySet()).containsExactlyInAnyOrderElementsOf(IntStream.range(0, contacts).mapToObj(GeneratedHelpdesk::contactId).toList());
        Set<String> memberships = StreamSupport.stream(state.path("company_memberships").spliterator(), false)
                .map(membership -> membership.path("contact_id").asText() + " " + membership.path("company_id").asText())
                .collect(Collectors.toSet());
        assertThat(memberships).as("each contact joined to its company").containsExactlyInAnyOrderElementsOf(IntStream.range(0, contacts)
                .mapToObj(i -> contactIds.get(contactId(i)) + " " + companyIds.get(companyId(i % companies))).toList());

        List<JsonNode> conversations = StreamSupport.stream(state.path("conversations").path("conversations").spliterator(), false)
                .toList();
        assertThat(conversations).as("one conversation per ticket").hasSize(tickets);
        String tagId = StreamSupport.stream(state.path("tags").path("tags").spliterator(), false)
                .filter(tag -> tag.path("name").asText().equals(TAG)).map(tag -> tag.path("id").asText()).findFirst().orElse(null);
        Set<String> tagged = StreamSupport.stream(state.path("tags").path("taggings").spliterator(), false)
                .filter(tagging -> tagging.path("object_type").asText().equals("conversation"))
                .map(tagging -> tagging.path("object_id").asText() + " " + tagging.path("tag_id").asText())
                .collect(Collectors.toSet());
        for (int i = 0; i < tickets; i++) {
            ConversationCommand ticket = ticket(i);
            String contact = contactIds.get(ticket.contactId());
            List<JsonNode> matching = conversations.stream().filter(conversation ->
                    conversation.path("source").path("author").path("id").asText().equals(contact)
                            && conversation.path("source").path("createdAt").asLong() == ticket.opening().createdAt()).toList();
            assertThat(matching).as("conversations of ticket " + ticketId(i)).hasSize(1);
            JsonNode conversation = matching.get(0);
            String assignee = adminIdsByEmail.get(ticket.technicianId() == null ? OWNER : TECHNICIANS.get(ticket.technicianId()));
            assertThat(StreamSupport.stream(conversation.path("parts").spliterator(), false).map(GeneratedHelpdesk::describe))
                    .as("parts of ticket " + ticketId(i))
                    .containsExactlyElementsOf(expectedParts(ticket, contactIds, adminIdsByEmail, assignee));
            assertThat(conversation.path("status").path("adminAssigneeId").asText()).as("assignee of ticket " + ticketId(i))
                    .isEqualTo(assignee);
            assertThat(conversation.path("status").path("state").asText()).as("state of ticket " + ticketId(i))
                    .isEqualTo(ticket.state().name().toLowerCase());
            assertThat(conversation.path("details").path("title").asText(null)).isEqualTo(ticket.title());
            assertThat(tagged.contains(conversation.path("id").asText() + " " + tagId)).as("tag of ticket " + ticketId(i))
                    .isEqualTo(!ticket.tags().isEmpty());
        }
        assertThat(tagged).as("taggings of conversations").hasSize((int) IntStream.range(0, tickets).filter(i -> !ticket(i).tags().isEmpty())
                .count());
    }

    /** How many conversations the workspace holds with some of their ticket's parts, but not all. */
    public long partlyWritten(JsonNode state) {
        return StreamSupport.stream(state.path("conversations").path("conversations").spliterator(), false)
                .mapToLong(conversation -> StreamSupport.stream(conversation.path("parts").spliterator(), false)
                        .filter(part -> Set.of("comment", "note").contains(part.path("partType").asText())).count())
                .filter(written -> written > 0 && written < partsPerTicket)
                .count();
    }

    /** The workspace's state as {@code GET /sandbox/state} exports it. */
    public static JsonNode state(URI sandbox) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(sandbox.resolve("/sandbox/state")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Teammates' ids by email, from the workspace's state. */
    public static Map<String, String> adminIds(JsonNode state) {
        Map<String, String> ids = new HashMap<>();
        state.path("admins").path("admins").forEach(admin -> ids.put(admin.path("email").asText(), admin.path("id").asText()));
        return ids;
    }

    private List<String> expectedParts(ConversationCommand ticket, Map<String, String> contactIds, Map<String, String> adminIds,
                                       String assignee) {
        List<String> parts = new ArrayList<>();
        for (ConversationPart part : ticket.parts()) {
            String author = part.author() == ConversationPart.Author.CONTACT ? contactIds.get(part.authorId())
                    : adminIds.get(TECHNICIANS.get(part.authorId()));
            parts.add((part.kind() == ConversationPart.Kind.NOTE ? "note" : "comment") + " " + author + " " + part.createdAt() + " "
                    + part.body());
        }
        parts.add("assignment " + assignee);
        switch (ticket.state()) {
            case CLOSED -> parts.add("close " + assignee);
            case SNOOZED -> parts.add("snoozed " + assignee);
            case OPEN -> {
                // stays open
            }
        }
        return parts;
    }

    /** A part as {@link #expectedParts} words it: replies with their time and text, actions by who did them. */
    private static String describe(JsonNode part) {
        String type = part.path("partType").asText();
        String author = type + " " + part.path("author").path("id").asText();
        return Set.of("comment", "note").contains(type)
                ? author + " " + part.path("createdAt").asLong() + " " + part.path("body").asText().replaceAll("<[^>]*>", "")
                : author;
    }

    private static Map<String, String> uniqueIds(JsonNode objects, String key, String what) {
        Map<String, List<String>> ids = StreamSupport.stream(objects.spliterator(), false).collect(Collectors.groupingBy(
                object -> object.path(key).asText(), Collectors.mapping(object -> object.path("id").asText(), Collectors.toList())));
        assertThat(ids).as("one " + what).allSatisfy((sourceId, intercomIds) -> assertThat(intercomIds).as(sourceId).hasSize(1));
        return ids.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get(0)));
    }

    /** The run's outcomes so far by record, once {@code expected} of them came or {@code wait} passed. */
    private Map<String, List<LoadResult>> outcomes(int expected, Duration wait) {
        return TopicReader.read(Topics.RESULTS, RESULTS, runId, expected, wait).stream().collect(Collectors.groupingBy(
                result -> result.objectType().wireName() + " " + result.sourceId(),
                Collectors.mapping(Envelope::payload, Collectors.toList())));
    }

    private void awaitOutcomes(int expected, Duration wait) {
        List<Envelope<LoadResult>> results = TopicReader.read(Topics.RESULTS, RESULTS, runId, expected, wait);
        assertThat(results).as("outcomes so far").hasSize(expected)
                .allSatisfy(result -> assertThat(result.payload().status()).as(result.sourceId()).isEqualTo(LoadResult.Status.LOADED));
    }

    private ConversationCommand ticket(int i) {
        String contact = contactId(i % contacts);
        String technician = i % 3 == 0 ? null : i % 3 == 1 ? "301" : "302";
        long openedAt = FIRST_TICKET_AT + i * 3600L;
        List<ConversationPart> parts = new ArrayList<>();
        for (int k = 0; k < partsPerTicket; k++) {
            SourceRef source = new SourceRef(ObjectType.TICKET_COMMENT, ticketId(i) + "-" + k,
                    new SourceRow(ObjectType.TICKET_COMMENT.fileName(), 2 + i * partsPerTicket + k));
            long at = openedAt + (k + 1) * 60L;
            String body = "Ticket " + i + " part " + k;
            parts.add(switch (k % 3) {
                case 1 -> new ConversationPart(source, ConversationPart.Author.CONTACT, contact, ConversationPart.Kind.COMMENT, body, at, null);
                case 2 -> new ConversationPart(source, ConversationPart.Author.TECHNICIAN, technician == null ? "301" : technician,
                        ConversationPart.Kind.NOTE, body, at, null);
                default -> new ConversationPart(source, ConversationPart.Author.TECHNICIAN, technician == null ? "302" : technician,
                        ConversationPart.Kind.COMMENT, body, at, null);
            });
        }
        ConversationPart opening = new ConversationPart(new SourceRef(ObjectType.TICKET, ticketId(i), row(ObjectType.TICKET, i)),
                ConversationPart.Author.CONTACT, contact, ConversationPart.Kind.COMMENT, "Ticket " + i + " opened", openedAt, null);
        ConversationCommand.State state = switch (i % 4) {
            case 0 -> ConversationCommand.State.OPEN;
            case 2 -> ConversationCommand.State.SNOOZED;
            default -> ConversationCommand.State.CLOSED;
        };
        return new ConversationCommand(contact, technician, opening, parts, i % 2 == 0 ? "Ticket " + i : null, Map.of(),
                i % 5 == 0 ? List.of(TAG) : List.of(), state, List.of());
    }

    private static boolean isLead(int contact) {
        return contact % 10 == 9;
    }

    /** The CustomerID of the customer {@code i}, its Intercom company's company_id. */
    public static String companyId(int i) {
        return "customer-" + i;
    }

    /** The email of the end user {@code i} (a user: not every tenth). */
    public static String email(int i) {
        return "enduser-" + i + "@customer.example";
    }

    /** The EndUserID of the end user {@code i}, its Intercom contact's external_id. */
    public static String contactId(int i) {
        return "enduser-" + i;
    }

    private String ticketId(int i) {
        return "ticket-" + i;
    }

    private static SourceRow row(ObjectType type, int index) {
        return new SourceRow(type.fileName(), index + 2);
    }
}
