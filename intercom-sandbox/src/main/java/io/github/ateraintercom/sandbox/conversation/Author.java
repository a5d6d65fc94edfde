package io.github.ateraintercom.sandbox.conversation;

/**
 * {@code {type, id, name, email}}: who wrote a message or part, as they were when they wrote it.
 * The type is {@code admin} for teammates and the contact's role ({@code user} or {@code lead}) for contacts.
 */
public record Author(String type, String id, String name, String email) {

    static final String ADMIN = "admin";

    boolean isAdmin() {
        return ADMIN.equals(type);
    }
}
