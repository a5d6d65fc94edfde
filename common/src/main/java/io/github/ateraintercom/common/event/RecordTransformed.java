package io.github.ateraintercom.common.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record the transformer turned into an Intercom command; the envelope says which one. It still
 * migrates, but a person should look at what {@code warnings} says (a ticket priority Atera does not
 * know, kept as written) and at {@code atRiskLinks}: links to files hosted by Atera that stop working
 * once the Atera account is closed. {@code facts} are what the run's hand-off reports need of the
 * record and its command does not tell: a ticket's customer, hours and technician, a technician's
 * email ({@link RecordFacts}), a contract's columns; most records have none. An event written before these existed reads with them empty.
 */
public record RecordTransformed(String target, List<String> warnings, List<String> atRiskLinks,
                                @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> facts) implements MigrationEvent {

    @JsonCreator
    public RecordTransformed {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        atRiskLinks = atRiskLinks == null ? List.of() : List.copyOf(atRiskLinks);
        facts = facts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public RecordTransformed(String target, List<String> warnings, List<String> atRiskLinks) {
        this(target, warnings, atRiskLinks, null);
    }

    public RecordTransformed(String target) {
        this(target, null, null, null);
    }
}
