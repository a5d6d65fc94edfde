package io.github.ateraintercom.sandbox.attribute;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.request.JsonBody;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Reads the {@code create_conversation_attribute_request} and {@code update_conversation_attribute_request} payloads. */
final class ConversationAttributeBodies {

    private static final Set<String> UPDATE_FIELDS = Set.of(
            "name", "description", "multiline", "required", "visible_to_team_ids", "reference");
    private static final Set<String> CREATE_FIELDS = Set.of(
            "name", "description", "data_type", "multiline", "required", "visible_to_team_ids", "options", "reference");
    private static final Set<String> CARDINALITIES = Set.of("one", "many");

    private ConversationAttributeBodies() {
    }

    static ConversationAttributeDraft create(JsonBody body) {
        body.allowOnly(CREATE_FIELDS);
        String name = AttributeNames.checked(body.requiredText("name"));
        String requestedType = body.requiredText("data_type");
        ConversationDataType dataType = ConversationDataType.named(requestedType)
                .orElseThrow(() -> new ApiException(422, "parameter_invalid", "data_type '" + requestedType
                        + "' is not valid. Allowed types: " + ConversationDataType.ALLOWED));
        List<JsonBody> options = body.objects("options");
        List<String> labels = options == null ? null : options.stream().map(option -> option.requiredText("label")).toList();
        Boolean multiline = body.bool("multiline");
        ConversationAttribute.Reference reference = reference(body);
        checkTypeSettings(dataType, multiline, labels, reference);
        if (dataType == ConversationDataType.RELATIONSHIP && reference == null) {
            throw ApiException.badRequest("parameter_not_found", "reference not specified");
        }
        return new ConversationAttributeDraft(name, dataType,
                Objects.requireNonNullElse(body.text("description"), ""),
                Boolean.TRUE.equals(body.bool("required")),
                Objects.requireNonNullElse(body.texts("visible_to_team_ids"), List.of()),
                Boolean.TRUE.equals(multiline),
                labels == null ? List.of() : labels.stream()
                        .map(label -> new ConversationAttribute.ListOption(UUID.randomUUID().toString(), label, false))
                        .toList(),
                reference);
    }

    static ConversationAttributeChanges update(JsonBody body) {
        body.allowOnly(UPDATE_FIELDS);
        String name = body.text("name");
        return new ConversationAttributeChanges(
                name == null ? null : AttributeNames.checked(name),
                body.text("description"),
                body.bool("multiline"),
                body.bool("required"),
                body.texts("visible_to_team_ids"),
                reference(body));
    }

    /** {@code multiline} belongs to strings, {@code options} to lists and {@code reference} to relationships. */
    static void checkTypeSettings(ConversationDataType dataType, Boolean multiline, List<String> options,
                                  ConversationAttribute.Reference reference) {
        refuseUnless(multiline != null, dataType == ConversationDataType.STRING, "multiline", "string");
        refuseUnless(options != null, dataType == ConversationDataType.LIST, "options", "list");
        refuseUnless(reference != null, dataType == ConversationDataType.RELATIONSHIP, "reference", "relationship");
    }

    private static void refuseUnless(boolean sent, boolean allowed, String field, String type) {
        if (sent && !allowed) {
            throw ApiException.badRequest("parameter_invalid", field + " is only allowed on " + type + " attributes");
        }
    }

    private static ConversationAttribute.Reference reference(JsonBody body) {
        JsonBody reference = body.object("reference");
        if (reference == null) {
            return null;
        }
        String cardinality = reference.requiredText("type");
        if (!CARDINALITIES.contains(cardinality)) {
            throw ApiException.badRequest("parameter_invalid", "reference type must be one or many");
        }
        return new ConversationAttribute.Reference(cardinality, reference.text("object_type_id"));
    }
}
