package io.github.ateraintercom.sandbox.helpcenter;

/**
 * What a create or update of an article sets; {@code null} leaves a field as it is. A sent
 * {@code parent_id} of {@code null} takes the article out of its collection.
 */
record ArticleChanges(
        String title,
        String description,
        String body,
        String bodyMarkdown,
        Long authorId,
        String state,
        boolean parentSent,
        String parentId) {
}
