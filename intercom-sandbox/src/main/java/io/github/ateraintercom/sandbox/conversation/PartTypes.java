package io.github.ateraintercom.sandbox.conversation;

/** The {@code part_type} values the sandbox writes, as Intercom names them. */
final class PartTypes {

    static final String COMMENT = "comment";
    static final String NOTE = "note";
    static final String QUICK_REPLY = "quick_reply";
    static final String CLOSE = "close";
    static final String SNOOZED = "snoozed";
    static final String OPEN = "open";
    static final String ASSIGNMENT = "assignment";
    /** An assignment that also reopened a closed or snoozed conversation. */
    static final String ASSIGN_AND_REOPEN = "assign_and_reopen";

    private PartTypes() {
    }
}
