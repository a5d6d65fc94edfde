package io.github.ateraintercom.sandbox.conversation;

import io.github.ateraintercom.sandbox.attribute.CustomAttributes;

import java.util.Map;

/** The fields only {@code PUT /conversations/{id}} changes. */
record ConversationDetails(String title, boolean read, String companyId, Map<String, Object> customAttributes) {

    static final ConversationDetails NONE = new ConversationDetails(null, false, null, Map.of());

    ConversationDetails apply(ConversationChanges changes) {
        return new ConversationDetails(
                changes.title() != null ? changes.title() : title,
                changes.read() != null ? changes.read() : read,
                changes.companySent() ? changes.companyId() : companyId,
                CustomAttributes.merge(customAttributes, changes.customAttributes()));
    }
}
