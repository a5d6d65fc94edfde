package io.github.ateraintercom.sandbox.admin;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The admins file: {@code {"admins": [{name, email, job_title, away_mode_enabled, has_inbox_seat,
 * teams: [team names]}]}}. Teams exist because teammates name them.
 */
record AdminSeed(List<Teammate> admins) {

    record Teammate(
            String name,
            String email,
            @JsonProperty("job_title") String jobTitle,
            @JsonProperty("away_mode_enabled") boolean awayModeEnabled,
            @JsonProperty("has_inbox_seat") boolean hasInboxSeat,
            List<String> teams) {
    }
}
