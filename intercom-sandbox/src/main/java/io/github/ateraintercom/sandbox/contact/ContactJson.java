package io.github.ateraintercom.sandbox.contact;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * The {@code contact} object, fields in the order of Intercom's examples. Unlike companies, contacts
 * show unset fields as {@code null}. Browser, device and messaging fields the sandbox never learns
 * are always {@code null} or empty.
 */
public record ContactJson(
        String type,
        String id,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("external_id") String externalId,
        String role,
        String email,
        @JsonProperty("email_domain") String emailDomain,
        String phone,
        String name,
        Avatar avatar,
        @JsonProperty("owner_id") String ownerId,
        @JsonProperty("social_profiles") SocialProfiles socialProfiles,
        @JsonProperty("has_hard_bounced") boolean hasHardBounced,
        @JsonProperty("marked_email_as_spam") boolean markedEmailAsSpam,
        @JsonProperty("unsubscribed_from_emails") boolean unsubscribedFromEmails,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("updated_at") long updatedAt,
        @JsonProperty("signed_up_at") Long signedUpAt,
        @JsonProperty("last_seen_at") Long lastSeenAt,
        @JsonProperty("last_replied_at") Long lastRepliedAt,
        @JsonProperty("last_contacted_at") Long lastContactedAt,
        @JsonProperty("last_email_opened_at") Long lastEmailOpenedAt,
        @JsonProperty("last_email_clicked_at") Long lastEmailClickedAt,
        @JsonProperty("language_override") String languageOverride,
        String browser,
        @JsonProperty("browser_version") String browserVersion,
        @JsonProperty("browser_language") String browserLanguage,
        String os,
        Location location,
        @JsonProperty("custom_attributes") Map<String, Object> customAttributes,
        AddressableList tags,
        AddressableList notes,
        AddressableList companies) {

    static ContactJson of(Contact contact, String workspaceId, AddressableList tags, AddressableList companies) {
        return new ContactJson(
                "contact",
                contact.id(),
                workspaceId,
                contact.externalId(),
                contact.role(),
                contact.email(),
                contact.emailDomain(),
                contact.phone(),
                contact.name(),
                contact.avatar() == null ? null : new Avatar("avatar", contact.avatar()),
                contact.ownerId(),
                new SocialProfiles("list", List.of()),
                false,
                false,
                contact.unsubscribedFromEmails(),
                contact.createdAt(),
                contact.updatedAt(),
                contact.signedUpAt(),
                contact.lastSeenAt(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Location.UNKNOWN,
                contact.customAttributes(),
                tags,
                AddressableList.of(List.of(), "/contacts/" + contact.id() + "/notes"),
                companies);
    }

    /** {@code {type:"avatar", image_url}}; requests send just the URL. */
    public record Avatar(String type, @JsonProperty("image_url") String imageUrl) {
    }

    /** {@code {type:"list", data:[]}}. */
    public record SocialProfiles(String type, List<Object> data) {
    }

    /** Intercom derives the location from activity the sandbox never sees, so every part is {@code null}. */
    public record Location(
            String type,
            String country,
            String region,
            String city,
            @JsonProperty("country_code") String countryCode,
            @JsonProperty("continent_code") String continentCode) {

        static final Location UNKNOWN = new Location("location", null, null, null, null, null);
    }
}
