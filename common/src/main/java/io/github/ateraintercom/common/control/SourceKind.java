package io.github.ateraintercom.common.control;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** Where a run reads Atera's records from. */
public enum SourceKind {
    /** CSV files in a directory, one per object (the export layout). */
    EXPORT_DIRECTORY("export-directory"),
    /** Atera's REST API, read page by page with a key the extractor holds as a secret. */
    ATERA_API("atera-api");

    private final String wireName;

    SourceKind(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static SourceKind fromWireName(String name) {
        return Arrays.stream(values())
                .filter(kind -> kind.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown source kind '" + name + "'"));
    }
}
