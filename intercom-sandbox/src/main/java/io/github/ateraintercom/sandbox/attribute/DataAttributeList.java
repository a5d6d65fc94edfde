package io.github.ateraintercom.sandbox.attribute;

import java.util.List;

/** The {@code data_attribute_list} object; Intercom does not page it. */
public record DataAttributeList(String type, List<DataAttributeJson> data) {
}
