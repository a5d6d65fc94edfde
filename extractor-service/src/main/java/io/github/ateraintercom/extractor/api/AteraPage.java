package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** One page of an Atera list, as every list endpoint returns it (the keys start lower-case, the items' do not). */
record AteraPage(List<JsonNode> items, int page, int itemsInPage, int totalItemCount, int totalPages,
                 String prevLink, String nextLink) {

    AteraPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
