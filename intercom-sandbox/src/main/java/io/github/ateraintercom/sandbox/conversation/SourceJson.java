package io.github.ateraintercom.sandbox.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.function.UnaryOperator;

/** The {@code conversation_source}: the contact's first message, delivered in the Messenger. */
public record SourceJson(
        String type,
        String id,
        @JsonProperty("delivered_as") String deliveredAs,
        String subject,
        String body,
        Author author,
        List<Attachment> attachments,
        String url,
        boolean redacted) {

    /** Intercom's word for a conversation a contact started. */
    static final String CUSTOMER_INITIATED = "customer_initiated";

    static SourceJson of(Source source, UnaryOperator<String> bodyFormat) {
        return new SourceJson("conversation", source.id(), CUSTOMER_INITIATED,
                source.subject() == null ? "" : bodyFormat.apply(source.subject()), bodyFormat.apply(source.body()),
                source.author(), source.attachments(), null, false);
    }
}
