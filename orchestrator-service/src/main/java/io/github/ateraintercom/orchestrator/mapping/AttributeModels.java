package io.github.ateraintercom.orchestrator.mapping;

/**
 * Which attribute names may not meet: Intercom keeps one namespace for company and contact
 * attributes ({@code /data_attributes} refuses a name the other model has) and another for
 * conversation attributes.
 */
final class AttributeModels {

    static final String COMPANY = "company";
    static final String CONTACT = "contact";
    static final String CONVERSATION = "conversation";

    private AttributeModels() {
    }

    static String namespace(String model) {
        return CONVERSATION.equals(model) ? CONVERSATION : "data";
    }
}
