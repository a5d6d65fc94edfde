package io.github.ateraintercom.sandbox.helpcenter;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.paging.PageSlice;
import io.github.ateraintercom.sandbox.paging.Pages;

import java.util.List;

/** The {@code article_list}, page-based: {@code pages.next} is the next page's URL. */
public record ArticleList(String type, Pages pages, @JsonProperty("total_count") int totalCount,
                          List<ArticleJson> data) {

    static ArticleList of(PageSlice<ArticleJson> slice) {
        return new ArticleList("list", slice.pages(), slice.totalCount(), slice.data());
    }
}
