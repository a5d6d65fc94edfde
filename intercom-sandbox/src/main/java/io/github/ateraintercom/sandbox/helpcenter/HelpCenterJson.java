package io.github.ateraintercom.sandbox.helpcenter;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The {@code help_center} object. */
public record HelpCenterJson(
        String id,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("updated_at") long updatedAt,
        String identifier,
        @JsonProperty("website_turned_on") boolean websiteTurnedOn,
        @JsonProperty("display_name") String displayName,
        String url,
        @JsonProperty("custom_domain") String customDomain,
        @JsonProperty("default") boolean isDefault,
        List<String> locales) {
}
