package io.github.ateraintercom.common.outcome;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The pipeline step that produced an outcome. */
public enum Stage {
    EXTRACT, TRANSFORM, LOAD;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
