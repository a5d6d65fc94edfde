package io.github.ateraintercom.sandbox.admin;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The {@code team} object; admin ids are integers here although admins' own ids are strings. */
public record TeamJson(String type, String id, String name, @JsonProperty("admin_ids") List<Long> adminIds) {

    static TeamJson of(Team team) {
        return new TeamJson("team", team.id(), team.name(), team.adminIds());
    }
}
