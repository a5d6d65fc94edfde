package io.github.ateraintercom.sandbox.paging;

import io.github.ateraintercom.sandbox.error.ApiException;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;

/** A {@code page} / {@code per_page} request, 1-based like Intercom's page-based lists. */
public record PageRequest(int page, int perPage) {

    /** Applies the endpoint's defaults to absent values and refuses values below 1. */
    public static PageRequest of(Long page, Long perPage, int defaultPerPage) {
        return new PageRequest(
                positive("page", page, 1),
                positive("per_page", perPage, defaultPerPage));
    }

    /**
     * Cuts this page from {@code items}. Only the first {@code ceiling} items can be reached by paging,
     * while {@code total_count} still counts them all. {@code nextBase} is the request URI the next
     * page's link is built from.
     */
    public <T> PageSlice<T> slice(List<T> items, int ceiling, UriBuilder nextBase) {
        int reachable = Math.min(items.size(), ceiling);
        int totalPages = (int) ((reachable + (long) perPage - 1) / perPage);
        long from = (long) (page - 1) * perPage;
        List<T> data = from >= reachable
                ? List.of()
                : List.copyOf(items.subList((int) from, (int) Math.min(reachable, from + perPage)));
        String next = page < totalPages
                ? nextBase.replaceQueryParam("page", page + 1).replaceQueryParam("per_page", perPage).build().toString()
                : null;
        return new PageSlice<>(data, new Pages("pages", next, page, perPage, totalPages), items.size());
    }

    private static int positive(String name, Long value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw ApiException.badRequest("parameter_invalid", name + " must be a positive integer");
        }
        return value.intValue();
    }
}
