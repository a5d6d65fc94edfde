package io.github.ateraintercom.loader.schema;

import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.loader.intercom.IntercomError;

/**
 * An attribute the run writes already exists in Intercom with a type that cannot hold its values;
 * Intercom never changes an attribute's type, so the record fails with what to do about it.
 */
public class AttributeConflict extends IntercomError {

    public AttributeConflict(String model, AttributeSpec spec, String existingType) {
        super("attribute_type_conflict", model + " attribute '" + spec.name() + "' exists in Intercom as " + existingType
                + " but the run writes " + spec.type().label() + " values into it: rename the field in the confirmed mapping"
                + " or archive and rename the attribute in Intercom");
    }
}
