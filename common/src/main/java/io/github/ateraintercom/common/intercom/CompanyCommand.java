package io.github.ateraintercom.common.intercom;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.common.mapping.AttributeSpec;

import java.util.List;
import java.util.Map;

/**
 * A create-or-update of one Intercom company: the body of {@code POST /companies} ({@link #body()}),
 * and the type of each custom attribute it writes, so a missing one is created as what it holds
 * (an attribute it does not describe is text).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompanyCommand(
        @JsonProperty("company_id") String companyId,
        String name,
        String website,
        @JsonProperty("remote_created_at") Long remoteCreatedAt,
        @JsonProperty("custom_attributes") Map<String, Object> customAttributes,
        @JsonProperty("attribute_specs") List<AttributeSpec> attributeSpecs) {

    @JsonCreator
    public CompanyCommand {
    }

    public CompanyCommand(String companyId, String name, String website, Long remoteCreatedAt, Map<String, Object> customAttributes) {
        this(companyId, name, website, remoteCreatedAt, customAttributes, null);
    }

    /** Exactly what {@code POST /companies} takes. */
    public CompanyCommand body() {
        return new CompanyCommand(companyId, name, website, remoteCreatedAt, customAttributes, null);
    }
}
