package io.github.ateraintercom.sandbox.conversation;

/** The {@code conversation_deleted} object: {@code {id, object:"conversation", deleted:true}}. */
public record ConversationDeleted(String id, String object, boolean deleted) {

    static ConversationDeleted of(Conversation conversation) {
        return new ConversationDeleted(conversation.id(), "conversation", true);
    }
}
