package io.github.ateraintercom.sandbox.conversation;

/** {@code {type, id}} of an admin, team or contact, as {@code assigned_to} and {@code teammates} show them. */
public record Reference(String type, String id) {
}
