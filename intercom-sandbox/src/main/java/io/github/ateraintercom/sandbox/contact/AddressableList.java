package io.github.ateraintercom.sandbox.contact;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The {@code {type:"list", data, url, total_count, has_more}} summaries a contact carries of its tags,
 * notes and companies: at most ten references, and the URL that lists them all.
 */
public record AddressableList(
        String type,
        List<Addressable> data,
        String url,
        @JsonProperty("total_count") int totalCount,
        @JsonProperty("has_more") boolean hasMore) {

    private static final int SHOWN = 10;

    static AddressableList of(List<Addressable> items, String url) {
        return new AddressableList("list", List.copyOf(items.subList(0, Math.min(SHOWN, items.size()))), url,
                items.size(), items.size() > SHOWN);
    }

    /** {@code {type, id, url}} of one referenced object. */
    public record Addressable(String type, String id, String url) {
    }
}
