package io.github.ateraintercom.sandbox.attribute;

import java.util.List;

/** A valid {@code POST /conversations/attributes} request. */
record ConversationAttributeDraft(
        String name,
        ConversationDataType dataType,
        String description,
        boolean required,
        List<String> visibleToTeamIds,
        boolean multiline,
        List<ConversationAttribute.ListOption> options,
        ConversationAttribute.Reference reference) {
}
