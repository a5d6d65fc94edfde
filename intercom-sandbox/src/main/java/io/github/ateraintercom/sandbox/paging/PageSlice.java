package io.github.ateraintercom.sandbox.paging;

import java.util.List;

/** One page cut from a result set, with the figures a list response reports about the whole set. */
public record PageSlice<T>(List<T> data, Pages pages, int totalCount) {
}
