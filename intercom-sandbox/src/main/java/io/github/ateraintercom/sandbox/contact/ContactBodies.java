package io.github.ateraintercom.sandbox.contact;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.request.JsonBody;

import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code create_contact_request} and {@code update_contact_request} payloads into {@link ContactChanges}. */
final class ContactBodies {

    private static final Set<String> FIELDS = Set.of(
            "role", "external_id", "email", "email_verified", "phone", "name", "avatar", "signed_up_at",
            "last_seen_at", "owner_id", "unsubscribed_from_emails", "custom_attributes");
    private static final Set<String> ROLES = Set.of(Contact.USER, Contact.LEAD);
    /** Something, an {@code @}, something with a dot: Intercom refuses addresses that cannot be mailed. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactBodies() {
    }

    static ContactChanges read(JsonBody body) {
        body.allowOnly(FIELDS);
        String role = body.text("role");
        if (role != null && !ROLES.contains(role)) {
            throw ApiException.badRequest("parameter_invalid", "role must be user or lead");
        }
        String email = body.text("email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw ApiException.badRequest("parameter_invalid", "Invalid email address '" + email + "'");
        }
        if (body.bool("email_verified") != null && email == null) {
            throw ApiException.badRequest("parameter_invalid", "email_verified can only be sent together with email");
        }
        return new ContactChanges(
                role,
                body.text("external_id"),
                email,
                body.text("phone"),
                body.text("name"),
                body.text("avatar"),
                body.id("owner_id"),
                body.integer("signed_up_at"),
                body.integer("last_seen_at"),
                body.bool("unsubscribed_from_emails"),
                body.scalars("custom_attributes"));
    }
}
