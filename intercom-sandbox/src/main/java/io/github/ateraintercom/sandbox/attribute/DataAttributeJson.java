package io.github.ateraintercom.sandbox.attribute;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The {@code data_attribute} object, fields in the order of Intercom's examples. Standard attributes
 * have no id, owner or timestamps, and those fields are left out for them, as Intercom does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataAttributeJson(
        Long id,
        String type,
        String name,
        @JsonProperty("full_name") String fullName,
        String label,
        String description,
        @JsonProperty("data_type") String dataType,
        List<String> options,
        @JsonProperty("api_writable") boolean apiWritable,
        @JsonProperty("ui_writable") boolean uiWritable,
        @JsonProperty("messenger_writable") boolean messengerWritable,
        boolean custom,
        boolean archived,
        @JsonProperty("admin_id") String adminId,
        @JsonProperty("created_at") Long createdAt,
        @JsonProperty("updated_at") Long updatedAt,
        String model) {

    static DataAttributeJson of(DataAttribute attribute) {
        return new DataAttributeJson(
                attribute.id(),
                "data_attribute",
                attribute.name(),
                "custom_attributes." + attribute.name(),
                attribute.name(),
                attribute.description(),
                attribute.dataType().shownAs(),
                attribute.options().isEmpty() ? null : attribute.options(),
                true,
                false,
                attribute.messengerWritable(),
                true,
                attribute.archived(),
                attribute.adminId(),
                attribute.createdAt(),
                attribute.updatedAt(),
                attribute.model().apiName());
    }

    /** A built-in attribute: {@code full_name} differs from {@code name} only for nested ones ({@code plan.name}). */
    static DataAttributeJson standard(AttributeModel model, String fullName, String label, String description,
                                      String dataType, boolean apiWritable) {
        String name = fullName.substring(fullName.lastIndexOf('.') + 1);
        return new DataAttributeJson(null, "data_attribute", name, fullName, label, description, dataType, null,
                apiWritable, false, true, false, false, null, null, null, model.apiName());
    }
}
