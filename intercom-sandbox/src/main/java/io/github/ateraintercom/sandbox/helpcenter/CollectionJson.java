package io.github.ateraintercom.sandbox.helpcenter;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code collection} object, fields in the order of Intercom's examples. Every collection has the default icon. */
public record CollectionJson(
        String id,
        @JsonProperty("workspace_id") String workspaceId,
        String name,
        String url,
        int order,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("updated_at") long updatedAt,
        String description,
        String icon,
        @JsonProperty("parent_id") String parentId,
        @JsonProperty("help_center_id") long helpCenterId) {
}
