package io.github.ateraintercom.common.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record the transformer keeps out of Intercom for a stated reason, e.g. an object this release
 * does not migrate yet. It is accounted for, and listed in the run's report with the reason.
 * {@code fields} are the row's columns when a hand-off document needs them (an SLA policy, an
 * automation rule, an invoice, a contract); empty otherwise, and for an event written before they existed.
 */
public record RecordHeld(String reason, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> fields)
        implements MigrationEvent {

    @JsonCreator
    public RecordHeld {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public RecordHeld(String reason) {
        this(reason, null);
    }
}
