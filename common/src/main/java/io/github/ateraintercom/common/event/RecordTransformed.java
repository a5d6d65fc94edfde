package io.github.ateraintercom.common.event;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * A record the transformer turned into an Intercom command; the envelope says which one. It still
 * migrates, but a person should look at what {@code warnings} says (a ticket priority Atera does not
 * know, kept as written) and at {@code atRiskLinks}: links to files hosted by Atera that stop working
 * once the Atera account is closed. An event written before these lists existed reads with both empty.
 */
public record RecordTransformed(String target, List<String> warnings, List<String> atRiskLinks) implements MigrationEvent {

    @JsonCreator
    public RecordTransformed {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        atRiskLinks = atRiskLinks == null ? List.of() : List.copyOf(atRiskLinks);
    }

    public RecordTransformed(String target) {
        this(target, null, null);
    }
}
