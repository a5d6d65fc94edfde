package io.github.ateraintercom.sandbox.company;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.paging.PageSlice;
import io.github.ateraintercom.sandbox.paging.Pages;

import java.util.List;

/** The {@code company_list} object of {@code GET /companies} and {@code POST /companies/list}. */
public record CompanyList(
        String type,
        List<CompanyJson> data,
        Pages pages,
        @JsonProperty("total_count") int totalCount) {

    static CompanyList of(PageSlice<Company> slice, CompanyRenderer renderer) {
        return new CompanyList(
                "list",
                slice.data().stream().map(renderer::render).toList(),
                slice.pages(),
                slice.totalCount());
    }
}
