package io.github.ateraintercom.sandbox.company;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.tag.TagJson;

import java.util.List;
import java.util.Map;

/**
 * The {@code company} object, fields in the order of Intercom's examples. Unset optional fields are
 * left out, as Intercom does; segments are not simulated, so their list is empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompanyJson(
        String type,
        @JsonProperty("company_id") String companyId,
        String id,
        @JsonProperty("app_id") String appId,
        String name,
        @JsonProperty("remote_created_at") Long remoteCreatedAt,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("updated_at") long updatedAt,
        @JsonProperty("last_request_at") Long lastRequestAt,
        @JsonProperty("monthly_spend") long monthlySpend,
        @JsonProperty("session_count") int sessionCount,
        @JsonProperty("user_count") int userCount,
        Integer size,
        String website,
        String industry,
        TagList tags,
        SegmentList segments,
        Plan plan,
        @JsonProperty("custom_attributes") Map<String, Object> customAttributes) {

    static CompanyJson of(Company company, String appId, List<TagJson> tags, int userCount) {
        return new CompanyJson(
                "company",
                company.companyId(),
                company.id(),
                appId,
                company.name(),
                company.remoteCreatedAt(),
                company.createdAt(),
                company.updatedAt(),
                company.lastRequestAt(),
                company.monthlySpend(),
                0,
                userCount,
                company.size(),
                company.website(),
                company.industry(),
                new TagList("tag.list", tags),
                new SegmentList("segment.list", List.of()),
                company.plan() == null ? Plan.NONE : company.plan(),
                company.customAttributes());
    }

    /** {@code {type:"tag.list", tags:[…]}}. */
    public record TagList(String type, List<TagJson> tags) {
    }

    /** {@code {type:"segment.list", segments:[…]}}. */
    public record SegmentList(String type, List<Object> segments) {
    }
}
