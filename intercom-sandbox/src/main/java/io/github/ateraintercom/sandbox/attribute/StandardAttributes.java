package io.github.ateraintercom.sandbox.attribute;

import java.util.List;
import java.util.Map;

/**
 * The built-in ({@code custom:false}) attributes Intercom lists before the custom ones: a
 * representative set per model, worded as in Intercom's examples.
 */
final class StandardAttributes {

    private static final AttributeModel CONTACT = AttributeModel.CONTACT;
    private static final AttributeModel COMPANY = AttributeModel.COMPANY;

    private static final Map<AttributeModel, List<DataAttributeJson>> BY_MODEL = Map.of(
            CONTACT, List.of(
                    DataAttributeJson.standard(CONTACT, "id", "ID",
                            "The Intercom defined id representing the contact", "string", false),
                    DataAttributeJson.standard(CONTACT, "external_id", "User ID",
                            "A unique identifier for the contact which you have given to Intercom", "string", true),
                    DataAttributeJson.standard(CONTACT, "role", "Role",
                            "The role of the contact: user or lead", "string", true),
                    DataAttributeJson.standard(CONTACT, "name", "Name",
                            "The contact's name", "string", true),
                    DataAttributeJson.standard(CONTACT, "email", "Email",
                            "The contact's email address", "string", true),
                    DataAttributeJson.standard(CONTACT, "email_domain", "Email domain",
                            "The domain of the contact's email address", "string", false),
                    DataAttributeJson.standard(CONTACT, "phone", "Phone",
                            "The contact's phone number", "string", true),
                    DataAttributeJson.standard(CONTACT, "avatar", "Avatar",
                            "An image URL containing the avatar of the contact", "string", true),
                    DataAttributeJson.standard(CONTACT, "owner_id", "Owner",
                            "The teammate who owns the contact", "integer", true),
                    DataAttributeJson.standard(CONTACT, "unsubscribed_from_emails", "Unsubscribed from emails",
                            "Whether the contact is unsubscribed from emails", "boolean", true),
                    DataAttributeJson.standard(CONTACT, "created_at", "Created at",
                            "The time the contact was added to Intercom", "date", false),
                    DataAttributeJson.standard(CONTACT, "updated_at", "Updated at",
                            "The last time the contact was updated", "date", false),
                    DataAttributeJson.standard(CONTACT, "signed_up_at", "Signed up",
                            "The time the contact signed up", "date", true),
                    DataAttributeJson.standard(CONTACT, "last_seen_at", "Last seen",
                            "The last time the contact was seen", "date", true)),
            COMPANY, List.of(
                    DataAttributeJson.standard(COMPANY, "name", "Company name",
                            "The name of a company", "string", true),
                    DataAttributeJson.standard(COMPANY, "company_id", "Company ID",
                            "A number identifying a company", "string", false),
                    DataAttributeJson.standard(COMPANY, "last_request_at", "Company last seen",
                            "The last day anyone from a company visited your site or app", "date", false),
                    DataAttributeJson.standard(COMPANY, "remote_created_at", "Company created at",
                            "The day a company was added to Intercom", "date", true),
                    DataAttributeJson.standard(COMPANY, "user_count", "People",
                            "The number of people in a company", "integer", false),
                    DataAttributeJson.standard(COMPANY, "session_count", "Company web sessions",
                            "All visits from anyone in a company to your product's site or app", "integer", false),
                    DataAttributeJson.standard(COMPANY, "plan.name", "Plan",
                            "A specific plan or level within your product that companies have signed up to", "string", false),
                    DataAttributeJson.standard(COMPANY, "monthly_spend", "Monthly Spend",
                            "The monthly revenue you receive from a company", "float", true),
                    DataAttributeJson.standard(COMPANY, "size", "Company size",
                            "The number of people employed in this company, expressed as a single number", "integer", true),
                    DataAttributeJson.standard(COMPANY, "industry", "Company industry",
                            "The category or domain this company belongs to e.g. 'ecommerce' or 'SaaS'", "string", true),
                    DataAttributeJson.standard(COMPANY, "website", "Company website",
                            "The web address for the company's primary marketing site", "string", true),
                    DataAttributeJson.standard(COMPANY, "id", "ID",
                            "The Intercom defined id representing the company", "string", false),
                    DataAttributeJson.standard(COMPANY, "created_at", "Created at",
                            "The time the company was added to Intercom", "date", false),
                    DataAttributeJson.standard(COMPANY, "updated_at", "Updated at",
                            "The last time the company was updated", "date", false),
                    DataAttributeJson.standard(COMPANY, "plan.id", "Plan ID",
                            "The Intercom defined id representing the plan", "string", false),
                    DataAttributeJson.standard(COMPANY, "app_id", "App ID",
                            "The Intercom defined id representing the app", "string", false)));

    private StandardAttributes() {
    }

    static List<DataAttributeJson> of(AttributeModel model) {
        return BY_MODEL.get(model);
    }

    /** Whether a custom attribute of this name would shadow a built-in one of the model. */
    static boolean taken(AttributeModel model, String name) {
        return of(model).stream().anyMatch(attribute -> attribute.fullName().equals(name));
    }
}
