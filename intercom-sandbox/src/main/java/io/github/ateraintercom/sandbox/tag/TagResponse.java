package io.github.ateraintercom.sandbox.tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The {@code tag_create_response}: the tag, plus the users or companies the request tagged or
 * untagged when it named any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TagResponse(String type, String id, String name, List<Tagged> users, List<Tagged> companies) {

    static TagResponse of(Tag tag) {
        return new TagResponse("tag", tag.id(), tag.name(), null, null);
    }

    static TagResponse ofUsers(Tag tag, List<Tagged> users) {
        return new TagResponse("tag", tag.id(), tag.name(), users, null);
    }

    static TagResponse ofCompanies(Tag tag, List<Tagged> companies) {
        return new TagResponse("tag", tag.id(), tag.name(), null, companies);
    }

    /** {@code {id, tagged}}: the object's Intercom id, and whether it now carries the tag. */
    public record Tagged(String id, boolean tagged) {
    }
}
