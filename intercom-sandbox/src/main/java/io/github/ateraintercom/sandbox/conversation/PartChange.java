package io.github.ateraintercom.sandbox.conversation;

/** One part added to a conversation and what it does to the conversation, decided on its current value. */
@FunctionalInterface
interface PartChange {

    Conversation apply(Conversation current, String partId, long now);
}
