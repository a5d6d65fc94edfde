package io.github.ateraintercom.sandbox.helpcenter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The {@code article} object, fields in the order of Intercom's examples; lists answer it without
 * {@code statistics}. {@code parent_id} and {@code parent_type} are not in 2.16's description, which
 * keeps only {@code parent_ids} (the collections above the article, top first), but earlier versions
 * answered them. Tags are managed elsewhere in Intercom and always empty here.
 */
public record ArticleJson(
        String id,
        String type,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("parent_id") Long parentId,
        @JsonProperty("parent_type") String parentType,
        @JsonProperty("parent_ids") List<Long> parentIds,
        @JsonInclude(JsonInclude.Include.NON_NULL) Statistics statistics,
        Tags tags,
        String title,
        String description,
        String body,
        @JsonProperty("body_markdown") String bodyMarkdown,
        @JsonProperty("author_id") long authorId,
        String state,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("updated_at") long updatedAt,
        String url) {

    /** {@code {type:"tag.list", tags}}. */
    public record Tags(String type, List<Object> tags) {

        static final Tags NONE = new Tags("tag.list", List.of());
    }

    /** The {@code article_statistics}: nobody reads sandbox articles, so every figure is 0. */
    public record Statistics(
            String type,
            int views,
            int conversations,
            int reactions,
            @JsonProperty("happy_reaction_percentage") int happyReactionPercentage,
            @JsonProperty("neutral_reaction_percentage") int neutralReactionPercentage,
            @JsonProperty("sad_reaction_percentage") int sadReactionPercentage) {

        static final Statistics NONE = new Statistics("article_statistics", 0, 0, 0, 0, 0, 0);
    }
}
