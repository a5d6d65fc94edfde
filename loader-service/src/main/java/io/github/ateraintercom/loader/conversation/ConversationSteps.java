package io.github.ateraintercom.loader.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.ConversationPart;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomError;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.intercom.SearchLag;
import io.github.ateraintercom.loader.schema.ConversationAttributes;
import io.github.ateraintercom.loader.tag.Tags;
import io.github.ateraintercom.loader.verify.Expectation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The writes of one conversation, always the same list for the same command so a restart can resume
 * at any step: create as the contact with the original time and opening message; every part in
 * order with its own time (teammates' replies without notifying the customer; more than 10
 * attachments continue in notes); title and attributes; tags; assignment; final state. Every write
 * but the title's knows its effect in Intercom, so one whose answer was lost, or that was on its way
 * when the loader stopped, is looked for rather than sent twice.
 */
final class ConversationSteps {

    /** Intercom takes at most 10 attachment URLs per message. */
    static final int ATTACHMENTS_PER_PART = 10;
    /** A snoozed Atera ticket waits on someone: it comes back to the inbox after a week. */
    static final Duration SNOOZE = Duration.ofDays(7);

    private final IntercomClient intercom;
    private final IntercomTarget target;
    private final ConversationAttributes attributes;
    private final Tags tags;
    private final Clock clock;
    private final ConversationLookup lookup;
    /** The parts laid out so far by type, author and time: a part is in once the conversation holds one more than that. */
    private final Map<String, Integer> partsAlike = new HashMap<>();
    /** What the conversation holds once every step is written: what a verification reads back. */
    private Expectation expected = new Expectation();
    private String changes;

    ConversationSteps(IntercomClient intercom, IntercomTarget target, ConversationAttributes attributes, Tags tags, Clock clock,
                      SearchLag searchLag) {
        this.intercom = intercom;
        this.target = target;
        this.attributes = attributes;
        this.tags = tags;
        this.clock = clock;
        this.lookup = new ConversationLookup(intercom, target, searchLag);
    }

    List<Step> of(ConversationCommand command, References references) {
        return of(command, references, null);
    }

    /**
     * The steps of the command; with a {@code prior} (what a base run wrote of it), only those of a
     * delta: the parts not written before, title and attributes when changed, new tags, the assignee
     * when changed, and the state when changed or when a new write may have reopened it. The
     * conversation exists already: there is no create step.
     */
    List<Step> of(ConversationCommand command, References references, Prior prior) {
        partsAlike.clear();
        String assignee = references.assignee(command);
        String contactId = references.contact(command.contactId());
        expected = new Expectation().field("title", command.title()).field("state", command.state().name().toLowerCase(Locale.ROOT))
                .field("assignee", assignee).names("tags", command.tags()).attributes(command.attributes())
                .body("opening", plainText(command.opening().body())).noParts();
        List<Step> steps = new ArrayList<>();
        ConversationPart opening = command.opening();
        List<List<String>> openingAttachments = chunks(opening.attachmentUrls());
        // parts written before are laid out too, unsent: alike parts are counted, and expected, across the whole conversation
        List<Step> unsent = new ArrayList<>();
        List<Step> creating = prior == null ? steps : unsent;
        creating.add(Step.of(ignored -> create(contactId, opening, openingAttachments.get(0)),
                ignored -> lookup.created(contactId, opening.createdAt())));
        continuation(creating, openingAttachments, opening.createdAt(), references, assignee);
        for (ConversationPart part : command.parts()) {
            List<Step> into = prior == null || prior.isNew(part) ? steps : unsent;
            List<List<String>> attachments = chunks(part.attachmentUrls());
            into.add(reply(part, attachments.get(0), references, assignee));
            continuation(into, attachments, part.createdAt(), references, assignee);
        }
        if (prior == null ? command.title() != null || !command.attributes().isEmpty() : prior.retitled(command)) {
            steps.add(Step.idempotent(id -> update(id, command)));
        }
        List<String> tagged = prior == null ? command.tags() : prior.newTags(command);
        if (!tagged.isEmpty()) {
            String acting = references.acting(assignee);
            tagged.forEach(tag -> steps.add(checked("/tags", () -> Map.of("id", tags.id(target, tag), "admin_id", acting),
                    () -> ConversationLookup.tagged(tags.id(target, tag)))));
        }
        if (assignee != null && (prior == null || prior.reassigned(assignee))) {
            steps.add(checked("/parts", () -> Map.of("message_type", "assignment", "type", "admin", "admin_id", assignee,
                    "assignee_id", assignee), () -> ConversationLookup.assignedTo(assignee)));
        }
        String state = command.state().name().toLowerCase(Locale.ROOT);
        // a contact's reply or an assignment reopens a closed or snoozed conversation: its state is set again after them
        boolean restate = prior != null && (!state.equals(prior.state()) || !steps.isEmpty() && command.state() != ConversationCommand.State.OPEN);
        changes = prior == null ? null : prior.describe(command, prior.reassigned(assignee));
        switch (command.state()) {
            case CLOSED -> {
                if (prior == null || restate) {
                    String acting = references.acting(assignee);
                    steps.add(checked("/parts", () -> Map.of("message_type", "close", "type", "admin", "admin_id", acting),
                            () -> ConversationLookup.inState("closed")));
                }
            }
            case SNOOZED -> {
                if (prior == null || restate) {
                    String acting = references.acting(assignee);
                    steps.add(checked("/parts", () -> Map.of("message_type", "snoozed", "admin_id", acting,
                            "snoozed_until", clock.instant().plus(SNOOZE).getEpochSecond()), () -> ConversationLookup.inState("snoozed")));
                }
            }
            case OPEN -> {
                // a new conversation is open already; one a base run closed or snoozed is reopened
                if (restate) {
                    String acting = references.acting(assignee);
                    steps.add(checked("/parts", () -> Map.of("message_type", "open", "type", "admin", "admin_id", acting),
                            () -> ConversationLookup.inState("open")));
                }
            }
        }
        return steps;
    }

    /** What the steps last laid out for a delta change, e.g. "2 new parts, state closed → open"; null: not a delta, or nothing. */
    String changes() {
        return changes;
    }

    /** What the conversation of the steps last laid out holds once they are all written. */
    Expectation expected() {
        return expected;
    }

    private String create(String contactId, ConversationPart opening, List<String> attachments) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", Map.of("type", "contact", "id", contactId));
        // Intercom's create call takes plain text only
        body.put("body", plainText(opening.body()));
        body.put("created_at", opening.createdAt());
        if (!attachments.isEmpty()) {
            body.put("attachment_urls", attachments);
        }
        String id = intercom.post(target, "/conversations", body, () -> lookup.created(contactId, opening.createdAt())
                .map(found -> Json.MAPPER.createObjectNode().put("conversation_id", found))).path("conversation_id").asText(null);
        if (id == null) {
            throw new IntercomError(200, "unreadable_response", "POST /conversations answered without a conversation_id");
        }
        return id;
    }

    private Step reply(ConversationPart part, List<String> attachments, References references, String assignee) {
        Map<String, Object> body = new LinkedHashMap<>();
        String author;
        if (part.author() == ConversationPart.Author.CONTACT) {
            author = references.contact(part.authorId());
            body.put("message_type", "comment");
            body.put("type", "user");
            body.put("intercom_user_id", author);
        } else {
            author = references.author(part, assignee);
            body.put("message_type", part.kind() == ConversationPart.Kind.NOTE ? "note" : "comment");
            body.put("type", "admin");
            body.put("admin_id", author);
            // customers are not emailed about history being copied
            body.put("skip_notifications", true);
        }
        body.put("body", part.body());
        body.put("created_at", part.createdAt());
        if (!attachments.isEmpty()) {
            body.put("attachment_urls", attachments);
        }
        return reply(body, (String) body.get("message_type"), author, part.createdAt());
    }

    /** Attachments beyond the first 10 of a message follow, at its time, in notes of 10: never dropped. */
    private void continuation(List<Step> steps, List<List<String>> attachments, long createdAt, References references,
                              String assignee) {
        for (List<String> rest : attachments.subList(1, attachments.size())) {
            String acting = references.acting(assignee);
            steps.add(reply(Map.of("message_type", "note", "type", "admin", "admin_id", acting,
                    "body", "Attachments (continued)", "attachment_urls", rest, "created_at", createdAt,
                    "skip_notifications", true), "note", acting, createdAt));
        }
    }

    /**
     * A part is in once the conversation holds one more part of its author, type and time than the
     * parts written before it: two alike parts of one ticket are both written, and neither twice.
     */
    private Step reply(Map<String, Object> body, String partType, String author, long createdAt) {
        int alike = partsAlike.merge(partType + " " + author + " " + createdAt, 1, Integer::sum);
        expected.part(partType, author, (String) body.get("body"));
        return checked("/reply", () -> body, () -> ConversationLookup.parts(partType, author, createdAt, alike));
    }

    private String update(String id, ConversationCommand command) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (command.title() != null) {
            body.put("title", command.title());
        }
        if (!command.attributes().isEmpty()) {
            attributes.ensure(target, command.attributes(), command.attributeSpecs());
            body.put("custom_attributes", command.attributes());
        }
        intercom.put(target, "/conversations/" + id, body);
        return id;
    }

    /**
     * A write to {@code /conversations/{id}<path>} that must not be applied twice: after a lost answer,
     * and before it is resumed, the conversation is read for its {@code effect} first.
     */
    private Step checked(String path, Supplier<Object> body, Supplier<Predicate<JsonNode>> effect) {
        return Step.of(id -> {
            intercom.post(target, "/conversations/" + id + path, body.get(), () -> lookup.holding(id, effect.get()));
            return id;
        }, id -> lookup.holding(id, effect.get()).map(found -> id));
    }

    private static List<List<String>> chunks(List<String> urls) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < urls.size(); from += ATTACHMENTS_PER_PART) {
            chunks.add(urls.subList(from, Math.min(urls.size(), from + ATTACHMENTS_PER_PART)));
        }
        if (chunks.isEmpty()) {
            chunks.add(List.of());
        }
        return chunks;
    }

    private static String plainText(String body) {
        return body.replaceAll("<[^>]*>", "").strip();
    }
}
