package io.github.ateraintercom.sandbox.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.paging.PageSlice;
import io.github.ateraintercom.sandbox.paging.Pages;

import java.util.List;

/** The {@code deleted_conversation_list} of {@code GET /conversations/deleted}, page-based. */
public record DeletedConversationList(
        String type,
        @JsonProperty("total_count") int totalCount,
        Pages pages,
        List<DeletedConversation> conversations) {

    static DeletedConversationList of(PageSlice<DeletedConversation> slice) {
        return new DeletedConversationList("conversations.list", slice.totalCount(), slice.pages(), slice.data());
    }
}
