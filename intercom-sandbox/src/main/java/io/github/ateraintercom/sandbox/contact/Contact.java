package io.github.ateraintercom.sandbox.contact;

import io.github.ateraintercom.sandbox.attribute.CustomAttributes;

import java.util.Locale;
import java.util.Map;

/**
 * One stored contact (a user or a lead). Immutable: a change produces a new value, so readers such
 * as searches see consistent contacts without locking.
 *
 * @param sequence creation order, used for stable listing
 */
public record Contact(
        String id,
        long sequence,
        String role,
        String externalId,
        String email,
        String phone,
        String name,
        String avatar,
        String ownerId,
        Long signedUpAt,
        Long lastSeenAt,
        boolean unsubscribedFromEmails,
        long createdAt,
        long updatedAt,
        boolean archived,
        Map<String, Object> customAttributes) {

    static final String USER = "user";
    static final String LEAD = "lead";

    /** A contact created without a role is a user, as Intercom makes it. */
    static Contact created(String id, long sequence, ContactChanges changes, long now) {
        return new Contact(id, sequence, USER, null, null, null, null, null, null, null, null, false, now, now,
                false, Map.of()).apply(changes, now);
    }

    Contact apply(ContactChanges changes, long now) {
        return new Contact(
                id,
                sequence,
                orElse(changes.role(), role),
                orElse(changes.externalId(), externalId),
                orElse(changes.email(), email),
                orElse(changes.phone(), phone),
                orElse(changes.name(), name),
                orElse(changes.avatar(), avatar),
                orElse(changes.ownerId(), ownerId),
                orElse(changes.signedUpAt(), signedUpAt),
                orElse(changes.lastSeenAt(), lastSeenAt),
                orElse(changes.unsubscribedFromEmails(), unsubscribedFromEmails),
                createdAt,
                now,
                archived,
                CustomAttributes.merge(customAttributes, changes.customAttributes()));
    }

    Contact withArchived(boolean archived, long now) {
        return new Contact(id, sequence, role, externalId, email, phone, name, avatar, ownerId, signedUpAt,
                lastSeenAt, unsubscribedFromEmails, createdAt, now, archived, customAttributes);
    }

    public boolean isUser() {
        return USER.equals(role);
    }

    /** The part of the email after the {@code @}, which Intercom shows and searches as {@code email_domain}. */
    public String emailDomain() {
        return email == null ? null : email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether this contact holds the email (regardless of case) or the external id of {@code other}. */
    boolean matches(String otherEmail, String otherExternalId) {
        return (otherEmail != null && otherEmail.equalsIgnoreCase(email))
                || (otherExternalId != null && otherExternalId.equals(externalId));
    }

    private static <T> T orElse(T sent, T current) {
        return sent != null ? sent : current;
    }
}
