package io.github.ateraintercom.sandbox.conversation;

import java.util.Locale;

/** Who an assignment gives the conversation to; a conversation can have one of each. */
enum AssigneeType {
    ADMIN,
    TEAM;

    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
