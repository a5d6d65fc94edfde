package io.github.ateraintercom.sandbox.attribute;

import io.github.ateraintercom.sandbox.admin.AdminDirectory;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.state.StateSection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The workspace's custom attributes, for contacts, companies and conversations, and the one place
 * that decides whether a {@code custom_attributes} write is allowed. Other packages call
 * {@link #validate} before storing custom attributes and {@link #kindOf} to search them.
 * Attributes are few and rarely change, so one lock keeps the name and limit checks simple.
 */
@Singleton
public class DataAttributeCatalog implements StateSection {

    /** Intercom's cap on custom attributes in use (archived ones free their slot), over all models. */
    public static final int LIMIT = 250;

    private final Clock clock;
    private final AdminDirectory admins;
    private final Map<Long, DataAttribute> dataAttributes = new LinkedHashMap<>();
    private final Map<Long, ConversationAttribute> conversationAttributes = new LinkedHashMap<>();
    private long lastId;

    public DataAttributeCatalog(Clock clock, AdminDirectory admins) {
        this.clock = clock;
        this.admins = admins;
    }

    /**
     * Refuses a {@code custom_attributes} write naming an attribute the model does not have (or has
     * archived), or giving one a value of the wrong type. {@code null} values clear and always pass.
     */
    public synchronized void validate(AttributeModel model, Map<String, Object> values) {
        if (values == null) {
            return;
        }
        values.forEach((name, value) -> {
            AttributeRule rule = ruleOf(model, name, true).orElseThrow(() -> unknown(model, name));
            if (value != null && !rule.accepts(value)) {
                throw ApiException.badRequest("parameter_invalid",
                        label(model) + " '" + name + "' must be " + rule.expected());
            }
        });
    }

    /** What values an attribute of the model in use holds, for searching by it. */
    public synchronized Optional<ValueKind> kindOf(AttributeModel model, String name) {
        return ruleOf(model, name, false).map(AttributeRule::kind);
    }

    synchronized List<DataAttribute> dataAttributes(AttributeModel model, boolean includeArchived) {
        return dataAttributes.values().stream()
                .filter(attribute -> attribute.model() == model && (includeArchived || !attribute.archived()))
                .toList();
    }

    synchronized DataAttribute create(DataAttributeDraft draft) {
        // Names stay reserved after archiving, and a contact and a company attribute can't share one.
        dataAttributes.values().stream()
                .filter(attribute -> attribute.name().equals(draft.name()))
                .findFirst()
                .ifPresent(existing -> {
                    throw AttributeNames.taken(draft.name(), existing.model(), draft.model());
                });
        if (StandardAttributes.taken(draft.model(), draft.name())) {
            throw AttributeNames.taken(draft.name(), draft.model(), draft.model());
        }
        checkRoomForOneMore();
        DataAttribute attribute = DataAttribute.created(++lastId, draft, admins.tokenOwner().id(), now());
        dataAttributes.put(attribute.id(), attribute);
        return attribute;
    }

    synchronized Optional<DataAttribute> update(long id, DataAttributeChanges changes) {
        DataAttribute current = dataAttributes.get(id);
        if (current == null) {
            return Optional.empty();
        }
        DataAttributeBodies.checkOptionsAllowed(current.dataType(), changes.options());
        if (current.archived() && Boolean.FALSE.equals(changes.archived())) {
            checkRoomForOneMore();
        }
        DataAttribute updated = current.apply(changes, now());
        dataAttributes.put(id, updated);
        return Optional.of(updated);
    }

    synchronized List<ConversationAttribute> conversationAttributes(boolean includeArchived) {
        return conversationAttributes.values().stream()
                .filter(attribute -> includeArchived || !attribute.archived())
                .toList();
    }

    synchronized Optional<ConversationAttribute> conversationAttribute(long id) {
        return Optional.ofNullable(conversationAttributes.get(id));
    }

    synchronized ConversationAttribute create(ConversationAttributeDraft draft) {
        checkConversationNameFree(draft.name(), -1);
        checkRoomForOneMore();
        ConversationAttribute attribute = ConversationAttribute.created(++lastId, draft, admins.tokenOwner().id(), now());
        conversationAttributes.put(attribute.id(), attribute);
        return attribute;
    }

    synchronized Optional<ConversationAttribute> update(long id, ConversationAttributeChanges changes) {
        ConversationAttribute current = conversationAttributes.get(id);
        if (current == null) {
            return Optional.empty();
        }
        if (changes.name() != null) {
            checkConversationNameFree(changes.name(), id);
        }
        ConversationAttribute updated = current.apply(changes, now());
        conversationAttributes.put(id, updated);
        return Optional.of(updated);
    }

    /** Intercom's delete of a conversation attribute only archives it. */
    synchronized Optional<ConversationAttribute> archive(long id) {
        return Optional.ofNullable(conversationAttributes.computeIfPresent(id, (key, current) -> current.archive(now())));
    }

    @Override
    public String name() {
        return "data_attributes";
    }

    @Override
    public synchronized void reset() {
        dataAttributes.clear();
        conversationAttributes.clear();
        lastId = 0;
    }

    /** Every custom attribute, archived ones included, as the API renders them. */
    @Override
    public synchronized Snapshot snapshot() {
        return new Snapshot(
                dataAttributes.values().stream().map(DataAttributeJson::of).toList(),
                conversationAttributes.values().stream().map(ConversationAttributeJson::of).toList());
    }

    /** The catalog's state, JSON-serialisable. */
    public record Snapshot(List<DataAttributeJson> dataAttributes, List<ConversationAttributeJson> conversationAttributes) {
    }

    private Optional<AttributeRule> ruleOf(AttributeModel model, String name, boolean refuseArchived) {
        Stream<Candidate> candidates = model == AttributeModel.CONVERSATION
                ? conversationAttributes.values().stream()
                        .map(attribute -> new Candidate(attribute.name(), attribute.archived(), attribute.rule()))
                : dataAttributes.values().stream()
                        .filter(attribute -> attribute.model() == model)
                        .map(attribute -> new Candidate(attribute.name(), attribute.archived(), attribute.rule()));
        Optional<Candidate> match = candidates
                .filter(candidate -> candidate.name().equals(name))
                .min((first, second) -> Boolean.compare(first.archived(), second.archived()));
        if (refuseArchived && match.filter(Candidate::archived).isPresent()) {
            throw ApiException.badRequest("parameter_invalid", label(model) + " '" + name + "' is archived");
        }
        return match.filter(candidate -> !candidate.archived()).map(Candidate::rule);
    }

    private void checkConversationNameFree(String name, long exceptId) {
        boolean taken = conversationAttributes.values().stream()
                .anyMatch(attribute -> attribute.id() != exceptId && !attribute.archived() && attribute.name().equals(name));
        if (taken) {
            throw AttributeNames.taken(name, AttributeModel.CONVERSATION, AttributeModel.CONVERSATION);
        }
    }

    private void checkRoomForOneMore() {
        long inUse = dataAttributes.values().stream().filter(attribute -> !attribute.archived()).count()
                + conversationAttributes.values().stream().filter(attribute -> !attribute.archived()).count();
        if (inUse >= LIMIT) {
            throw ApiException.badRequest("parameter_invalid", "You have reached the limit of " + LIMIT
                    + " custom data attributes. Archive an attribute to make room for a new one.");
        }
    }

    private static ApiException unknown(AttributeModel model, String name) {
        return ApiException.badRequest("parameter_invalid", label(model) + " '" + name + "' does not exist");
    }

    /** Intercom says "Conversation attribute 'x' does not exist"; contacts and companies get the same wording. */
    private static String label(AttributeModel model) {
        return model == AttributeModel.CONVERSATION ? "Conversation attribute" : "Custom attribute";
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    /** An attribute of any model, reduced to what a write is checked against. */
    private record Candidate(String name, boolean archived, AttributeRule rule) {
    }
}
