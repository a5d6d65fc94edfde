package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;

import java.util.ArrayList;
import java.util.List;

/**
 * The custom attributes a version of a run's mapping creates in Intercom: per attribute its name,
 * model (company, contact, conversation), data type as Intercom's create call names it, options,
 * description and the columns it is written from. {@code confirmed} false: the latest version,
 * not confirmed yet.
 */
public record AttributeManifest(String runId, int version, boolean confirmed, int count, List<Attribute> attributes,
                                List<String> warnings) {

    /** Intercom's limit of custom attributes per workspace. */
    static final int LIMIT = 250;
    /** From here on the proposal warns that the limit is near. */
    static final int NEAR_LIMIT = 225;

    /** {@code type}: the platform's type (a list, or a string holding options when {@code multiple}). */
    public record Attribute(String name, String model, String dataType, String type, List<String> options, boolean multiple,
                            String description, List<String> columns) {
    }

    static AttributeManifest of(String runId, int version, boolean confirmed, MappingContent content) {
        List<Attribute> attributes = attributes(content);
        return new AttributeManifest(runId, version, confirmed, attributes.size(), attributes, warnings(attributes.size()));
    }

    static List<Attribute> attributes(MappingContent content) {
        List<Attribute> attributes = new ArrayList<>();
        for (AttributeClaims.Claim claim : AttributeClaims.of(content)) {
            AttributeSpec spec = claim.attribute();
            AttributeType type = spec.type();
            String dataType = AttributeModels.CONVERSATION.equals(claim.model()) ? type.conversationAttributeType()
                    : type.dataAttributeType();
            attributes.add(new Attribute(spec.name(), claim.model(), dataType, type.label(), spec.options(), spec.multiple(),
                    spec.description(), List.copyOf(claim.columns())));
        }
        return attributes;
    }

    /** What an operator should know about the number of attributes before confirming. */
    static List<String> warnings(int count) {
        if (count > LIMIT) {
            return List.of("the mapping creates " + count + " custom attributes; Intercom allows " + LIMIT
                    + " per workspace: ignore some columns or confirm knowing that the attributes past the limit will fail");
        }
        if (count >= NEAR_LIMIT) {
            return List.of("the mapping creates " + count + " custom attributes, near Intercom's limit of " + LIMIT
                    + " per workspace (attributes the workspace already has count too)");
        }
        return List.of();
    }
}
