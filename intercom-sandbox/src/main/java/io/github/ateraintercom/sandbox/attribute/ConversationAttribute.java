package io.github.ateraintercom.sandbox.attribute;

import java.util.List;

/** One conversation attribute (2.16). Immutable: a change produces a new value. */
record ConversationAttribute(
        long id,
        String name,
        ConversationDataType dataType,
        String description,
        boolean required,
        List<String> visibleToTeamIds,
        boolean multiline,
        List<ListOption> options,
        Reference reference,
        boolean archived,
        String adminId,
        long createdAt,
        long updatedAt) {

    static ConversationAttribute created(long id, ConversationAttributeDraft draft, String adminId, long now) {
        return new ConversationAttribute(id, draft.name(), draft.dataType(), draft.description(), draft.required(),
                draft.visibleToTeamIds(), draft.multiline(), draft.options(), draft.reference(),
                false, adminId, now, now);
    }

    ConversationAttribute apply(ConversationAttributeChanges changes, long now) {
        // The type-specific settings only exist on their own type, on updates as on creation.
        ConversationAttributeBodies.checkTypeSettings(dataType, changes.multiline(), null, changes.reference());
        return new ConversationAttribute(id,
                changes.name() != null ? changes.name() : name,
                dataType,
                changes.description() != null ? changes.description() : description,
                changes.required() != null ? changes.required() : required,
                changes.visibleToTeamIds() != null ? changes.visibleToTeamIds() : visibleToTeamIds,
                changes.multiline() != null ? changes.multiline() : multiline,
                options,
                changes.reference() != null ? changes.reference() : reference,
                archived, adminId, createdAt, now);
    }

    ConversationAttribute archive(long now) {
        return new ConversationAttribute(id, name, dataType, description, required, visibleToTeamIds, multiline,
                options, reference, true, adminId, createdAt, now);
    }

    AttributeRule rule() {
        return new AttributeRule(dataType.kind(),
                options.stream().filter(option -> !option.archived()).map(ListOption::label).toList());
    }

    /** One choice of a list attribute; Intercom identifies options by UUID. */
    record ListOption(String id, String label, boolean archived) {
    }

    /** A relationship's target: {@code one} or {@code many} objects of a custom object type. */
    record Reference(String type, String objectTypeId) {
    }
}
