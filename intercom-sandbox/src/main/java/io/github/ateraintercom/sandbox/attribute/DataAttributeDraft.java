package io.github.ateraintercom.sandbox.attribute;

import java.util.List;

/** A valid {@code POST /data_attributes} request; {@code options} is empty except for lists. */
record DataAttributeDraft(
        String name,
        AttributeModel model,
        DataType dataType,
        String description,
        List<String> options,
        boolean messengerWritable) {
}
