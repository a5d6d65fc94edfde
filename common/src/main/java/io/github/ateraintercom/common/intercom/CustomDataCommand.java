package io.github.ateraintercom.common.intercom;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ateraintercom.common.mapping.AttributeSpec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an export says about a company or contact beyond its own row (custom values, tags and the
 * current contract), written onto the Intercom object once it exists: {@code ateraId} is the
 * CustomerID or EndUserID the loader resolves through its ledger; {@code attributes} become its
 * custom attributes, typed by {@code attributeSpecs}; {@code tags} are applied to it. {@code carried}
 * lists every source row the command settles, so each gets the command's outcome.
 */
public record CustomDataCommand(Target target, String ateraId, Map<String, Object> attributes, List<AttributeSpec> attributeSpecs,
                                List<String> tags, List<SourceRef> carried) {

    @JsonCreator
    public CustomDataCommand {
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        attributeSpecs = attributeSpecs == null ? List.of() : List.copyOf(attributeSpecs);
        tags = tags == null ? List.of() : List.copyOf(tags);
        carried = carried == null ? List.of() : List.copyOf(carried);
    }

    /** The Intercom object written, and the Atera object whose id names it. */
    public enum Target { COMPANY, CONTACT }
}
