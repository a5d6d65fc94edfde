package io.github.ateraintercom.sandbox.admin;

import java.util.List;

/** One teammate of the workspace, as seeded from configuration. */
public record Admin(
        String id,
        String name,
        String email,
        String jobTitle,
        boolean awayModeEnabled,
        boolean hasInboxSeat,
        List<Long> teamIds) {
}
