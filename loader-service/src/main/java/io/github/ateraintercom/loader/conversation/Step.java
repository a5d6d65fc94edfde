package io.github.ateraintercom.loader.conversation;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One write of a conversation, in the order they must happen. The first step creates the
 * conversation and answers its id; every later one works on that id.
 */
interface Step {

    /** Performs the write; returns the conversation id (the create step's answer, else the one given). */
    String write(String conversationId);

    /**
     * Whether Intercom already holds this write, made by an attempt whose outcome was never recorded
     * (the loader stopped, or the record failed, while it was on its way): the conversation id if so.
     */
    Optional<String> applied(String conversationId);

    static Step of(UnaryOperator<String> write, Function<String, Optional<String>> applied) {
        return new Step() {
            @Override
            public String write(String conversationId) {
                return write.apply(conversationId);
            }

            @Override
            public Optional<String> applied(String conversationId) {
                return applied.apply(conversationId);
            }
        };
    }

    /** A write Intercom may receive twice with the same result: it is simply sent again. */
    static Step idempotent(UnaryOperator<String> write) {
        return of(write, conversationId -> Optional.empty());
    }
}
