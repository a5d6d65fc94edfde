package io.github.ateraintercom.loader.ratelimit;

import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.ContentHash;

import java.nio.charset.StandardCharsets;

/**
 * An app's name in the shared quota: its API base URL, '#', and the SHA-256 of its token, so the
 * token itself is never stored.
 */
record AppKey(String value) {

    static AppKey of(IntercomTarget target) {
        return new AppKey(target.baseUrl() + "#" + ContentHash.of(target.token().getBytes(StandardCharsets.UTF_8)));
    }

    /** The app in metrics: the first 12 hex digits of the SHA-256 of its key. */
    String tag() {
        return ContentHash.of(value.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
