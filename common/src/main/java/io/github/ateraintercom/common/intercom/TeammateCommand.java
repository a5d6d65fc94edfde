package io.github.ateraintercom.common.intercom;

/**
 * An Atera technician to match with an Intercom teammate by email (teammates are never created):
 * {@code active} is false for a technician Atera marks inactive, null when the source does not say.
 */
public record TeammateCommand(String email, String name, Boolean active) {
}
