package io.github.ateraintercom.sandbox.attribute;

import java.util.List;

/** What one {@code PUT /conversations/attributes/{id}} sets; {@code null} leaves a field as it is. */
record ConversationAttributeChanges(
        String name,
        String description,
        Boolean multiline,
        Boolean required,
        List<String> visibleToTeamIds,
        ConversationAttribute.Reference reference) {
}
