package io.github.ateraintercom.sandbox.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code contact_deleted}, {@code contact_archived} and {@code contact_unarchived} objects:
 * a {@code contact_reference} plus the one flag the operation changed.
 */
public record ContactReference(
        String type,
        String id,
        @JsonProperty("external_id") String externalId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean deleted,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean archived) {

    static ContactReference deleted(Contact contact) {
        return new ContactReference("contact", contact.id(), contact.externalId(), true, null);
    }

    static ContactReference archived(Contact contact) {
        return new ContactReference("contact", contact.id(), contact.externalId(), null, contact.archived());
    }
}
