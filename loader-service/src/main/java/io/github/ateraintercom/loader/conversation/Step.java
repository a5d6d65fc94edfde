package io.github.ateraintercom.loader.conversation;

/**
 * One write of a conversation, in the order they must happen. The first step creates the
 * conversation and answers its id; every later one works on that id.
 */
interface Step {

    /** Performs the write; returns the conversation id (the create step's answer, else the one given). */
    String write(String conversationId);
}
