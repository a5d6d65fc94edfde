package io.github.ateraintercom.sandbox.admin;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The {@code admin} object, fields in the order of Intercom's examples. */
public record AdminJson(
        String type,
        String id,
        String name,
        String email,
        @JsonProperty("job_title") String jobTitle,
        @JsonProperty("away_mode_enabled") boolean awayModeEnabled,
        @JsonProperty("away_mode_reassign") boolean awayModeReassign,
        @JsonProperty("has_inbox_seat") boolean hasInboxSeat,
        @JsonProperty("away_status_reason_id") Long awayStatusReasonId,
        @JsonProperty("team_ids") List<Long> teamIds) {

    static AdminJson of(Admin admin) {
        return new AdminJson("admin", admin.id(), admin.name(), admin.email(), admin.jobTitle(),
                admin.awayModeEnabled(), false, admin.hasInboxSeat(), null, admin.teamIds());
    }
}
