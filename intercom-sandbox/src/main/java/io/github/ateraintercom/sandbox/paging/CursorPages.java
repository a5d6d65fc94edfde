package io.github.ateraintercom.sandbox.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code cursor_pages} object. {@code next} holds the cursor of the following page and is left
 * out on the last one, as in Intercom's examples.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CursorPages(
        String type,
        Next next,
        int page,
        @JsonProperty("per_page") int perPage,
        @JsonProperty("total_pages") int totalPages) {

    /** {@code {page, starting_after}}: what to send for the following page. */
    public record Next(int page, @JsonProperty("starting_after") String startingAfter) {
    }
}
