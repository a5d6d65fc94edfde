package io.github.ateraintercom.sandbox.admin;

import java.util.List;

/** The {@code team.list} object; Intercom does not page it. */
public record TeamList(String type, List<TeamJson> teams) {

    static TeamList of(List<Team> teams) {
        return new TeamList("team.list", teams.stream().map(TeamJson::of).toList());
    }
}
