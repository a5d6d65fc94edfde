package io.github.ateraintercom.common.intercom;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ateraintercom.common.mapping.AttributeSpec;

import java.util.List;

/**
 * The writes of one Intercom contact: the {@code POST /contacts} body, the Atera customer whose
 * company it joins (null for none), which the loader resolves to an Intercom id through its ledger,
 * and the type of each custom attribute it writes (an attribute it does not describe is text).
 */
public record ContactCommand(ContactBody contact, String companyId, List<AttributeSpec> attributeSpecs) {

    @JsonCreator
    public ContactCommand {
        attributeSpecs = attributeSpecs == null ? List.of() : List.copyOf(attributeSpecs);
    }

    public ContactCommand(ContactBody contact, String companyId) {
        this(contact, companyId, null);
    }
}
