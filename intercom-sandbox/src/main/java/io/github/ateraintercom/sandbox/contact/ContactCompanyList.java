package io.github.ateraintercom.sandbox.contact;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.company.CompanyJson;
import io.github.ateraintercom.sandbox.paging.PageSlice;
import io.github.ateraintercom.sandbox.paging.Pages;

import java.util.List;

/**
 * The {@code contact_attached_companies} object. The description names its array {@code companies},
 * but Intercom's example, like every other list, answers {@code data}; the example is followed.
 */
public record ContactCompanyList(
        String type,
        List<CompanyJson> data,
        Pages pages,
        @JsonProperty("total_count") int totalCount) {

    static ContactCompanyList of(PageSlice<CompanyJson> slice) {
        return new ContactCompanyList("list", slice.data(), slice.pages(), slice.totalCount());
    }
}
