package io.github.ateraintercom.sandbox.paging;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code pages} object of a page-based list. {@code next} is the URL of the following page and
 * is written as {@code null} on the last one.
 */
public record Pages(
        String type,
        String next,
        int page,
        @JsonProperty("per_page") int perPage,
        @JsonProperty("total_pages") int totalPages) {
}
