package io.github.ateraintercom.sandbox.attribute;

import java.util.Arrays;
import java.util.Optional;

/** The objects custom attributes can be defined on. */
public enum AttributeModel {
    CONTACT("contact", "people"),
    COMPANY("company", "company"),
    CONVERSATION("conversation", "conversation");

    private final String apiName;
    private final String wording;

    AttributeModel(String apiName, String wording) {
        this.apiName = apiName;
        this.wording = wording;
    }

    /** How the API names the model ({@code model=contact}). */
    public String apiName() {
        return apiName;
    }

    /** How Intercom's messages name the model's data ("your people data"). */
    String wording() {
        return wording;
    }

    static Optional<AttributeModel> named(String apiName) {
        return Arrays.stream(values()).filter(model -> model.apiName.equals(apiName)).findFirst();
    }
}
