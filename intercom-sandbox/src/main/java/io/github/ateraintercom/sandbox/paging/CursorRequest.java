package io.github.ateraintercom.sandbox.paging;

import io.github.ateraintercom.sandbox.error.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A cursor-paged request ({@code per_page}, {@code starting_after}) as Intercom's contact lists and
 * searches take it. The cursor is opaque to clients; it carries the next page's number and offset.
 */
public record CursorRequest(int page, int offset, int perPage) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Applies the endpoint's default page size and refuses sizes outside 1..{@code maxPerPage}. */
    public static CursorRequest of(Long perPage, String startingAfter, int defaultPerPage, int maxPerPage) {
        long size = perPage == null ? defaultPerPage : perPage;
        if (size < 1 || size > maxPerPage) {
            throw ApiException.badRequest("parameter_invalid", "per_page must be between 1 and " + maxPerPage);
        }
        if (startingAfter == null || startingAfter.isBlank()) {
            return new CursorRequest(1, 0, (int) size);
        }
        int[] position = decode(startingAfter);
        return new CursorRequest(position[0], position[1], (int) size);
    }

    /** Cuts this page from {@code items}; {@code pages.next} is left out on the last page. */
    public <T> CursorSlice<T> slice(List<T> items) {
        int from = Math.min(offset, items.size());
        int to = (int) Math.min(items.size(), (long) from + perPage);
        int totalPages = (int) ((items.size() + (long) perPage - 1) / perPage);
        CursorPages.Next next = to < items.size()
                ? new CursorPages.Next(page + 1, encode(page + 1, to))
                : null;
        return new CursorSlice<>(List.copyOf(items.subList(from, to)),
                new CursorPages("pages", next, page, perPage, totalPages), items.size());
    }

    private static String encode(int page, int offset) {
        return ENCODER.encodeToString((page + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int[] decode(String cursor) {
        try {
            String[] parts = new String(DECODER.decode(cursor.trim()), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length != 2) {
                throw invalidCursor();
            }
            int page = Integer.parseInt(parts[0]);
            int offset = Integer.parseInt(parts[1]);
            if (page < 2 || offset < 1) {
                throw invalidCursor();
            }
            return new int[] {page, offset};
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
    }

    private static ApiException invalidCursor() {
        return ApiException.badRequest("client_error",
                "Invalid starting_after param. Please try again using a starting_after value from a paginated response");
    }
}
