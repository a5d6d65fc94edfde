package io.github.ateraintercom.sandbox.attribute;

import java.util.List;

/** The {@code conversation_attribute_list} object; Intercom does not page it. */
public record ConversationAttributeList(String type, List<ConversationAttributeJson> data) {
}
