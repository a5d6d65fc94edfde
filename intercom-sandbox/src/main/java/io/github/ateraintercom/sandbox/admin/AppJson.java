package io.github.ateraintercom.sandbox.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.config.SandboxConfig;

/** The {@code app} object: the workspace, identified by the code every object carries as {@code app_id}. */
public record AppJson(
        String type,
        @JsonProperty("id_code") String idCode,
        String name,
        @JsonProperty("created_at") long createdAt,
        boolean secure,
        @JsonProperty("identity_verification") boolean identityVerification,
        String timezone,
        String region) {

    static AppJson of(SandboxConfig config, long createdAt) {
        SandboxConfig.Workspace workspace = config.workspace();
        return new AppJson("app", config.appId(), workspace.name(), createdAt, false, false,
                workspace.timezone(), workspace.region());
    }
}
