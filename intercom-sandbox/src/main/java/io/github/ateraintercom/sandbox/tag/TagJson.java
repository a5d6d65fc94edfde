package io.github.ateraintercom.sandbox.tag;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code tag} object. {@code applied_at} and {@code applied_by} appear only when the tag is shown
 * as applied to a contact, conversation or ticket.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TagJson(
        String type,
        String id,
        String name,
        @JsonProperty("applied_at") Long appliedAt,
        @JsonProperty("applied_by") AppliedBy appliedBy) {

    public static TagJson of(Tag tag) {
        return new TagJson("tag", tag.id(), tag.name(), null, null);
    }

    public static TagJson of(AppliedTag applied) {
        return new TagJson("tag", applied.tag().id(), applied.tag().name(), applied.appliedAt(),
                new AppliedBy("admin", applied.appliedBy()));
    }

    /** {@code {type:"admin", id}}. */
    public record AppliedBy(String type, String id) {
    }
}
