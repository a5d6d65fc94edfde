package io.github.ateraintercom.sandbox.attribute;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The {@code conversation_attribute} object. The type-specific fields appear only on their type:
 * {@code multiline} on strings, {@code options} on lists, {@code reference} on relationships.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationAttributeJson(
        String type,
        long id,
        String name,
        String description,
        @JsonProperty("data_type") String dataType,
        boolean required,
        @JsonProperty("visible_to_team_ids") List<String> visibleToTeamIds,
        boolean archived,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("updated_at") long updatedAt,
        @JsonProperty("admin_id") String adminId,
        Boolean multiline,
        List<Option> options,
        Reference reference) {

    static ConversationAttributeJson of(ConversationAttribute attribute) {
        ConversationDataType dataType = attribute.dataType();
        return new ConversationAttributeJson(
                "conversation_attribute",
                attribute.id(),
                attribute.name(),
                attribute.description(),
                dataType.apiName(),
                attribute.required(),
                attribute.visibleToTeamIds(),
                attribute.archived(),
                attribute.createdAt(),
                attribute.updatedAt(),
                attribute.adminId(),
                dataType == ConversationDataType.STRING ? attribute.multiline() : null,
                dataType == ConversationDataType.LIST
                        ? attribute.options().stream().map(option -> new Option(option.id(), option.label(), option.archived())).toList()
                        : null,
                attribute.reference() == null
                        ? null
                        : new Reference(attribute.reference().type(), attribute.reference().objectTypeId()));
    }

    /** {@code conversation_attribute_option}. */
    public record Option(String id, String label, boolean archived) {
    }

    /** {@code {type: one|many, object_type_id}}. */
    public record Reference(String type, @JsonProperty("object_type_id") String objectTypeId) {
    }
}
