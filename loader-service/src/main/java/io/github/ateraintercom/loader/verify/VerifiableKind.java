package io.github.ateraintercom.loader.verify;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.LedgerEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The records a verification reads back, each known in the ledger by its object type and, for schema
 * items, the prefix of its source id: where Intercom answers it ({@code GET <path><id>}, or among the
 * attributes it lists) and how that answer reads as the same fields the loaders keep as the record's
 * {@link Expectation}.
 */
enum VerifiableKind {

    COMPANY(ObjectType.CUSTOMER, List.of(), "company", "/companies/") {
        @Override
        Expectation actual(JsonNode company) {
            return new Expectation().field("company_id", company.path("company_id")).field("name", company.path("name"))
                    .field("website", company.path("website")).field("remote_created_at", company.path("remote_created_at"))
                    .attributes(attributes(company));
        }
    },
    CONTACT(ObjectType.CONTACT, List.of(), "contact", "/contacts/") {
        @Override
        Expectation actual(JsonNode contact) {
            List<String> companies = new ArrayList<>();
            contact.path("companies").path("data").forEach(company -> companies.add(company.path("id").asText()));
            return new Expectation().field("role", contact.path("role")).field("external_id", contact.path("external_id"))
                    .field("email", contact.path("email")).field("phone", contact.path("phone")).field("name", contact.path("name"))
                    .field("signed_up_at", contact.path("signed_up_at")).names("companies", companies)
                    .attributes(attributes(contact));
        }
    },
    CONVERSATION(ObjectType.TICKET, List.of(), "conversation", "/conversations/") {
        @Override
        Expectation actual(JsonNode conversation) {
            Expectation actual = new Expectation().field("title", conversation.path("title"))
                    .field("state", conversation.path("state")).field("assignee", assignee(conversation))
                    .names("tags", StreamSupport.stream(conversation.path("tags").path("tags").spliterator(), false)
                            .map(tag -> tag.path("name").asText()).toList())
                    .attributes(attributes(conversation))
                    .body("opening", conversation.path("source").path("body").asText(null)).noParts();
            for (JsonNode part : conversation.path("conversation_parts").path("conversation_parts")) {
                String type = part.path("part_type").asText();
                if (WRITTEN_PARTS.contains(type)) {
                    actual.part(type, part.path("author").path("id").asText(null), part.path("body").asText(null));
                }
            }
            return actual;
        }
    },
    ARTICLE(ObjectType.KB_ARTICLE, List.of(), "article", "/articles/") {
        @Override
        Expectation actual(JsonNode article) {
            return new Expectation().field("title", article.path("title")).body("body", article.path("body").asText(null))
                    .field("state", article.path("state")).field("parent_id", article.path("parent_id"));
        }
    },
    TAG(ObjectType.SCHEMA, List.of("tag "), "tag", "/tags/") {
        @Override
        Expectation actual(JsonNode tag) {
            return new Expectation().field("name", tag.path("name"));
        }
    },
    /** Intercom cannot read one contact or company attribute: it is found by id among its model's, archived ones included. */
    DATA_ATTRIBUTE(ObjectType.SCHEMA, List.of("attribute company ", "attribute contact "), "data attribute", "/data_attributes") {
        @Override
        Optional<JsonNode> read(IntercomClient intercom, IntercomTarget target, LedgerEntry entry) {
            String model = entry.sourceId.split(" ")[1];
            JsonNode listed = intercom.get(target, path() + "?model=" + model + "&include_archived=true").path("data");
            return StreamSupport.stream(listed.spliterator(), false)
                    .filter(attribute -> attribute.path("id").asText().equals(entry.intercomId)).findFirst();
        }

        @Override
        Expectation actual(JsonNode attribute) {
            List<String> options = new ArrayList<>();
            attribute.path("options").forEach(option -> options.add(option.asText()));
            return attribute(attribute, options);
        }
    },
    CONVERSATION_ATTRIBUTE(ObjectType.SCHEMA, List.of("attribute conversation "), "conversation attribute", "/conversations/attributes/") {
        @Override
        Expectation actual(JsonNode attribute) {
            List<String> options = new ArrayList<>();
            attribute.path("options").forEach(option -> {
                if (!option.path("archived").asBoolean()) {
                    options.add(option.path("label").asText());
                }
            });
            return attribute(attribute, options);
        }
    },
    COLLECTION(ObjectType.SCHEMA, List.of("collection "), "collection", "/help_center/collections/") {
        @Override
        Expectation actual(JsonNode collection) {
            return new Expectation().field("name", collection.path("name")).field("parent_id", collection.path("parent_id"));
        }
    };

    /** The parts the run writes as replies and notes; assignments and state changes are checked as fields. */
    private static final Set<String> WRITTEN_PARTS = Set.of("comment", "note");

    private final ObjectType objectType;
    private final List<String> sourcePrefixes;
    private final String label;
    private final String path;

    VerifiableKind(ObjectType objectType, List<String> sourcePrefixes, String label, String path) {
        this.objectType = objectType;
        this.sourcePrefixes = sourcePrefixes;
        this.label = label;
        this.path = path;
    }

    /**
     * The object the entry names, as Intercom answers it through the shared rate limit; empty when
     * Intercom lists its kind without it. Intercom's refusals (a 404 for a deleted object) are thrown.
     */
    Optional<JsonNode> read(IntercomClient intercom, IntercomTarget target, LedgerEntry entry) {
        return Optional.of(intercom.get(target, path + entry.intercomId));
    }

    /** Intercom's object, read as the fields a record's expectation names. */
    abstract Expectation actual(JsonNode object);

    String label() {
        return label;
    }

    String path() {
        return path;
    }

    /** The kind of a written ledger entry; empty for what the run wrote onto other objects (custom data) or never created (teammates). */
    static Optional<VerifiableKind> of(LedgerEntry entry) {
        return Arrays.stream(values()).filter(kind -> kind.objectType.wireName().equals(entry.objectType)
                && (kind.sourcePrefixes.isEmpty() || kind.sourcePrefixes.stream().anyMatch(entry.sourceId::startsWith))).findFirst();
    }

    /** The ledger object types of the kinds: every schema item (attribute, tag, collection) is of one of them. */
    static List<String> objectTypes() {
        return Arrays.stream(values()).map(kind -> kind.objectType.wireName()).distinct().toList();
    }

    private static JsonNode assignee(JsonNode conversation) {
        JsonNode assignee = conversation.path("admin_assignee_id");
        // Intercom answers 0 or null for an unassigned conversation
        return assignee.asText().equals("0") ? null : assignee;
    }

    /** An attribute's name, type, description, a list's options in their order, and whether it is archived. */
    private static Expectation attribute(JsonNode attribute, List<String> options) {
        return new Expectation().field("name", attribute.path("name")).field("data_type", attribute.path("data_type"))
                .field("description", attribute.path("description")).values("options", options)
                .field("archived", attribute.path("archived"));
    }

    private static Map<String, Object> attributes(JsonNode object) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        object.path("custom_attributes").fields().forEachRemaining(field -> attributes.put(field.getKey(),
                field.getValue().isNumber() ? field.getValue().decimalValue() : field.getValue().isNull() ? null : field.getValue().asText()));
        return attributes;
    }
}
