package io.github.ateraintercom.sandbox.paging;

import java.util.List;

/** One page cut from a cursor-paged result set, with the figures its list response reports. */
public record CursorSlice<T>(List<T> data, CursorPages pages, int totalCount) {
}
