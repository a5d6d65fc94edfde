package io.github.ateraintercom.common.intercom;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/** A create-or-update of one Intercom company: exactly the body of {@code POST /companies}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompanyCommand(
        @JsonProperty("company_id") String companyId,
        String name,
        String website,
        @JsonProperty("remote_created_at") Long remoteCreatedAt,
        @JsonProperty("custom_attributes") Map<String, Object> customAttributes) {
}
