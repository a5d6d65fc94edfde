package io.github.ateraintercom.loader.verify;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The records a verification reads back, each by its ledger object type: where Intercom answers it
 * ({@code GET <path><id>}) and how that answer reads as the same fields the loaders keep as the
 * record's {@link Expectation}.
 */
enum VerifiableKind {

    COMPANY(ObjectType.CUSTOMER, "company", "/companies/") {
        @Override
        Expectation actual(JsonNode company) {
            return new Expectation().field("company_id", company.path("company_id")).field("name", company.path("name"))
                    .field("website", company.path("website")).field("remote_created_at", company.path("remote_created_at"))
                    .attributes(attributes(company));
        }
    },
    CONTACT(ObjectType.CONTACT, "contact", "/contacts/") {
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
    CONVERSATION(ObjectType.TICKET, "conversation", "/conversations/") {
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
    ARTICLE(ObjectType.KB_ARTICLE, "article", "/articles/") {
        @Override
        Expectation actual(JsonNode article) {
            return new Expectation().field("title", article.path("title")).body("body", article.path("body").asText(null))
                    .field("state", article.path("state")).field("parent_id", article.path("parent_id"));
        }
    };

    /** The parts the run writes as replies and notes; assignments and state changes are checked as fields. */
    private static final Set<String> WRITTEN_PARTS = Set.of("comment", "note");

    private final ObjectType objectType;
    private final String label;
    private final String path;

    VerifiableKind(ObjectType objectType, String label, String path) {
        this.objectType = objectType;
        this.label = label;
        this.path = path;
    }

    /** Intercom's object, read as the fields a record's expectation names. */
    abstract Expectation actual(JsonNode object);

    ObjectType objectType() {
        return objectType;
    }

    String label() {
        return label;
    }

    String path(String intercomId) {
        return path + intercomId;
    }

    static Optional<VerifiableKind> of(String objectType) {
        return Arrays.stream(values()).filter(kind -> kind.objectType.wireName().equals(objectType)).findFirst();
    }

    static List<String> objectTypes() {
        return Arrays.stream(values()).map(kind -> kind.objectType.wireName()).toList();
    }

    private static JsonNode assignee(JsonNode conversation) {
        JsonNode assignee = conversation.path("admin_assignee_id");
        // Intercom answers 0 or null for an unassigned conversation
        return assignee.asText().equals("0") ? null : assignee;
    }

    private static Map<String, Object> attributes(JsonNode object) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        object.path("custom_attributes").fields().forEachRemaining(field -> attributes.put(field.getKey(),
                field.getValue().isNumber() ? field.getValue().decimalValue() : field.getValue().isNull() ? null : field.getValue().asText()));
        return attributes;
    }
}
