package io.github.ateraintercom.extractor.api;

import java.util.Map;

/** A list endpoint to read page by page, relative to the base URL, with its filters. */
record ApiList(String path, Map<String, String> query) {
}
