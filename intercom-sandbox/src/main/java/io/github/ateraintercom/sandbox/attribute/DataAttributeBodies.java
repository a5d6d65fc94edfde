package io.github.ateraintercom.sandbox.attribute;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.request.JsonBody;

import java.util.List;
import java.util.Set;

/** Reads the {@code create_data_attribute_request} and {@code update_data_attribute_request} payloads. */
final class DataAttributeBodies {

    private static final Set<String> CREATE_FIELDS = Set.of(
            "name", "model", "data_type", "description", "messenger_writable", "options");
    private static final Set<String> UPDATE_FIELDS = Set.of("archived", "description", "messenger_writable", "options");
    /** Intercom wants a real choice in a list attribute. */
    private static final int MIN_OPTIONS = 2;

    private DataAttributeBodies() {
    }

    static DataAttributeDraft create(JsonBody body) {
        body.allowOnly(CREATE_FIELDS);
        String name = AttributeNames.checked(body.requiredText("name"));
        AttributeModel model = AttributeModel.named(body.requiredText("model"))
                .filter(named -> named != AttributeModel.CONVERSATION)
                .orElseThrow(() -> ApiException.badRequest("parameter_invalid",
                        "The Data Attribute model field must be either contact or company"));
        DataType dataType = DataType.named(body.requiredText("data_type"))
                .orElseThrow(() -> ApiException.badRequest("parameter_invalid", "Data Type isn't an option"));
        List<String> options = options(body);
        if (dataType == DataType.OPTIONS && options == null) {
            throw tooFewOptions();
        }
        checkOptionsAllowed(dataType, options);
        return new DataAttributeDraft(name, model, dataType, body.text("description"),
                options == null ? List.of() : options, Boolean.TRUE.equals(body.bool("messenger_writable")));
    }

    static DataAttributeChanges update(JsonBody body) {
        if (body.has("data_type")) {
            throw ApiException.badRequest("parameter_invalid",
                    "The data type of an attribute can't be changed through the API");
        }
        body.allowOnly(UPDATE_FIELDS);
        return new DataAttributeChanges(body.bool("archived"), body.text("description"),
                body.bool("messenger_writable"), options(body));
    }

    /** Options may only be sent for list attributes, and data types never change, so this holds on updates too. */
    static void checkOptionsAllowed(DataType dataType, List<String> options) {
        if (options != null && dataType != DataType.OPTIONS) {
            throw ApiException.badRequest("parameter_invalid", "Options can only be set on list attributes");
        }
    }

    /** {@code options: [{value}, …]} as the option strings, or {@code null} when not sent. */
    private static List<String> options(JsonBody body) {
        List<JsonBody> items = body.objects("options");
        if (items == null) {
            return null;
        }
        List<String> options = items.stream().map(item -> item.requiredText("value")).distinct().toList();
        if (options.size() < MIN_OPTIONS) {
            throw tooFewOptions();
        }
        return options;
    }

    private static ApiException tooFewOptions() {
        return ApiException.badRequest("parameter_invalid",
                "A list attribute needs at least " + MIN_OPTIONS + " options");
    }
}
