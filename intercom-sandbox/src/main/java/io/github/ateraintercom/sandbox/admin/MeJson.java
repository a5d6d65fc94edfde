package io.github.ateraintercom.sandbox.admin;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The {@code admin_with_app} object of {@code GET /me}: the token's teammate plus its workspace. */
public record MeJson(
        String type,
        String id,
        String email,
        String name,
        @JsonProperty("email_verified") boolean emailVerified,
        AppJson app,
        Avatar avatar,
        @JsonProperty("has_inbox_seat") boolean hasInboxSeat,
        @JsonProperty("job_title") String jobTitle,
        @JsonProperty("away_mode_enabled") boolean awayModeEnabled,
        @JsonProperty("away_mode_reassign") boolean awayModeReassign,
        @JsonProperty("team_ids") List<Long> teamIds) {

    /** Intercom's default teammate picture, which every seeded teammate keeps. */
    private static final String DEFAULT_AVATAR = "https://static.intercomassets.com/assets/default-avatars/admins/128.png";

    static MeJson of(Admin admin, AppJson app) {
        return new MeJson("admin", admin.id(), admin.email(), admin.name(), true, app,
                new Avatar("avatar", DEFAULT_AVATAR), admin.hasInboxSeat(), admin.jobTitle(),
                admin.awayModeEnabled(), false, admin.teamIds());
    }

    /** {@code {type:"avatar", image_url}}. */
    public record Avatar(String type, @JsonProperty("image_url") String imageUrl) {
    }
}
