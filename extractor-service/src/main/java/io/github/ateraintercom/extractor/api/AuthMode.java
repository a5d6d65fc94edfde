package io.github.ateraintercom.extractor.api;

/**
 * How the API key is sent. Atera is moving from static keys in {@code X-API-KEY} to JWTs sent as
 * Bearer; like the known clients, {@link #AUTO} tells them apart by length.
 */
public enum AuthMode {
    AUTO, X_API_KEY, BEARER;

    /** Legacy keys are short; JWTs are far longer than this. */
    static final int LONGEST_LEGACY_KEY = 100;

    AuthHeader header(String key) {
        boolean bearer = this == BEARER || this == AUTO && key.length() > LONGEST_LEGACY_KEY;
        return bearer ? new AuthHeader("Authorization", "Bearer " + key) : new AuthHeader("X-API-KEY", key);
    }
}
