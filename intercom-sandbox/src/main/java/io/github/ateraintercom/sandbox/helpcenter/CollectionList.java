package io.github.ateraintercom.sandbox.helpcenter;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.paging.PageSlice;
import io.github.ateraintercom.sandbox.paging.Pages;

import java.util.List;

/** The {@code collection_list}, page-based: {@code pages.next} is the next page's URL. */
public record CollectionList(String type, List<CollectionJson> data, @JsonProperty("total_count") int totalCount,
                             Pages pages) {

    static CollectionList of(PageSlice<CollectionJson> slice) {
        return new CollectionList("list", slice.data(), slice.totalCount(), slice.pages());
    }
}
