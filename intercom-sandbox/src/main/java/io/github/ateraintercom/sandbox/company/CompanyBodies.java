package io.github.ateraintercom.sandbox.company;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.request.JsonBody;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the two company request payloads of the 2.16 description into {@link CompanyChanges}. */
final class CompanyBodies {

    private static final Set<String> UPDATE_FIELDS = Set.of(
            "name", "plan", "size", "website", "industry", "custom_attributes", "monthly_spend");

    /** {@code create_or_update_company_request}: the update fields plus the ones fixed at creation. */
    private static final Set<String> CREATE_OR_UPDATE_FIELDS = union(UPDATE_FIELDS,
            Set.of("company_id", "remote_created_at", "update_last_request_at"));

    /** Intercom stores monthly spend in a signed 32-bit column. */
    private static final long MAX_MONTHLY_SPEND = Integer.MAX_VALUE;

    private CompanyBodies() {
    }

    /** The key a create-or-update is matched on. */
    static String companyId(JsonBody body) {
        return body.requiredText("company_id");
    }

    static CompanyChanges createOrUpdate(JsonBody body) {
        body.allowOnly(CREATE_OR_UPDATE_FIELDS);
        return changes(body, body.integer("remote_created_at"), Boolean.TRUE.equals(body.bool("update_last_request_at")));
    }

    static CompanyChanges update(JsonBody body) {
        body.allowOnly(UPDATE_FIELDS);
        return changes(body, null, false);
    }

    private static CompanyChanges changes(JsonBody body, Long remoteCreatedAt, boolean touchLastRequest) {
        return new CompanyChanges(
                body.text("name"),
                body.text("plan"),
                size(body),
                body.text("website"),
                body.text("industry"),
                monthlySpend(body),
                remoteCreatedAt,
                touchLastRequest,
                body.scalars("custom_attributes"));
    }

    private static Integer size(JsonBody body) {
        Long size = body.integer("size");
        if (size != null && (size < Integer.MIN_VALUE || size > Integer.MAX_VALUE)) {
            throw ApiException.badRequest("parameter_invalid", "size must be an integer");
        }
        return size == null ? null : size.intValue();
    }

    private static Long monthlySpend(JsonBody body) {
        Long spend = body.truncatedInteger("monthly_spend");
        if (spend != null && spend > MAX_MONTHLY_SPEND) {
            throw ApiException.badRequest("parameter_invalid",
                    "monthly_spend must not be greater than " + MAX_MONTHLY_SPEND);
        }
        return spend;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        return Stream.concat(first.stream(), second.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
