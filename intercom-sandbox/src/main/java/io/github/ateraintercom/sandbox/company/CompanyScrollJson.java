package io.github.ateraintercom.sandbox.company;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.paging.Pages;

import java.util.List;

/**
 * The {@code company_scroll} object. Intercom sends {@code pages} and {@code total_count} as
 * {@code null} on scrolls, so they are always written that way.
 */
public record CompanyScrollJson(
        String type,
        List<CompanyJson> data,
        Pages pages,
        @JsonProperty("total_count") Integer totalCount,
        @JsonProperty("scroll_param") String scrollParam) {

    static CompanyScrollJson of(CompanyScrolls.ScrollPage page, CompanyRenderer renderer) {
        return new CompanyScrollJson(
                "list",
                page.companies().stream().map(renderer::render).toList(),
                null,
                null,
                page.scrollParam());
    }
}
