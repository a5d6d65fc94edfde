package io.github.ateraintercom.sandbox.contact;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.paging.CursorPages;
import io.github.ateraintercom.sandbox.paging.CursorSlice;

import java.util.List;

/** The {@code contact_list} object of {@code GET /contacts}, {@code POST /contacts/search} and a company's contacts. */
public record ContactList(
        String type,
        List<ContactJson> data,
        @JsonProperty("total_count") int totalCount,
        CursorPages pages) {

    static ContactList of(CursorSlice<Contact> slice, ContactRenderer renderer) {
        return new ContactList("list", slice.data().stream().map(renderer::render).toList(), slice.totalCount(), slice.pages());
    }
}
