package io.github.ateraintercom.sandbox.tag;

import java.util.List;

/** The {@code tag_list} object ({@code {type:"list", data}}); Intercom does not page it. */
public record TagList(String type, List<TagJson> data) {

    public static TagList of(List<TagJson> tags) {
        return new TagList("list", tags);
    }
}
