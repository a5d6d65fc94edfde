package io.github.ateraintercom.common.intercom;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/** Exactly the body of {@code POST /contacts}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactBody(
        String role,
        @JsonProperty("external_id") String externalId,
        String email,
        String phone,
        String name,
        @JsonProperty("signed_up_at") Long signedUpAt,
        @JsonProperty("custom_attributes") Map<String, Object> customAttributes) {
}
