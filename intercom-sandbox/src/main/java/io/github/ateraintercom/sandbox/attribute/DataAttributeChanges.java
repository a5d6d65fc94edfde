package io.github.ateraintercom.sandbox.attribute;

import java.util.List;

/** What one {@code PUT /data_attributes/{id}} sets; {@code null} leaves a field as it is. */
record DataAttributeChanges(Boolean archived, String description, Boolean messengerWritable, List<String> options) {
}
