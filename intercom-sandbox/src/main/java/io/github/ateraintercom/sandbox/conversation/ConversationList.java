package io.github.ateraintercom.sandbox.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.paging.CursorPages;
import io.github.ateraintercom.sandbox.paging.CursorSlice;

import java.util.List;

/** The {@code conversation_list} of {@code GET /conversations} and {@code POST /conversations/search}. */
public record ConversationList(
        String type,
        CursorPages pages,
        @JsonProperty("total_count") int totalCount,
        List<ConversationJson> conversations) {

    static ConversationList of(CursorSlice<Conversation> slice, ConversationRenderer renderer) {
        return new ConversationList("conversation.list", slice.pages(), slice.totalCount(),
                slice.data().stream().map(renderer::listItem).toList());
    }
}
