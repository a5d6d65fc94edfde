package io.github.ateraintercom.sandbox.contact;

import java.util.Map;

/**
 * The attributes one create or update sets; {@code null} leaves an attribute as it is. In
 * {@code customAttributes} a {@code null} value clears that attribute.
 */
record ContactChanges(
        String role,
        String externalId,
        String email,
        String phone,
        String name,
        String avatar,
        String ownerId,
        Long signedUpAt,
        Long lastSeenAt,
        Boolean unsubscribedFromEmails,
        Map<String, Object> customAttributes) {

    /** Intercom needs at least one of these to know what kind of contact is meant. */
    boolean identifies() {
        return email != null || externalId != null || role != null;
    }
}
