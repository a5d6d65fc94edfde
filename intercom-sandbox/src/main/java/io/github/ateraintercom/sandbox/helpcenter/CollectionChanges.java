package io.github.ateraintercom.sandbox.helpcenter;

/**
 * What a create or update of a collection sets; {@code null} leaves a field as it is. A sent
 * {@code parent_id} of {@code null} moves the collection to the top level, so whether it was sent is kept apart.
 */
record CollectionChanges(String name, String description, boolean parentSent, String parentId, Long helpCenterId) {
}
