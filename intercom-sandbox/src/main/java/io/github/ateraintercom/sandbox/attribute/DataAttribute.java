package io.github.ateraintercom.sandbox.attribute;

import java.util.List;

/** One custom contact or company attribute. Immutable: a change produces a new value. */
record DataAttribute(
        long id,
        AttributeModel model,
        String name,
        DataType dataType,
        String description,
        List<String> options,
        boolean messengerWritable,
        boolean archived,
        String adminId,
        long createdAt,
        long updatedAt) {

    static DataAttribute created(long id, DataAttributeDraft draft, String adminId, long now) {
        return new DataAttribute(id, draft.model(), draft.name(), draft.dataType(), draft.description(),
                draft.options(), draft.messengerWritable(), false, adminId, now, now);
    }

    DataAttribute apply(DataAttributeChanges changes, long now) {
        return new DataAttribute(id, model, name, dataType,
                changes.description() != null ? changes.description() : description,
                changes.options() != null ? changes.options() : options,
                changes.messengerWritable() != null ? changes.messengerWritable() : messengerWritable,
                changes.archived() != null ? changes.archived() : archived,
                adminId, createdAt, now);
    }

    AttributeRule rule() {
        return new AttributeRule(dataType.kind(), options);
    }
}
