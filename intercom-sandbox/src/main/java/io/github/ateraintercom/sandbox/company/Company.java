package io.github.ateraintercom.sandbox.company;

import io.github.ateraintercom.sandbox.attribute.CustomAttributes;

import java.util.Map;
import java.util.function.Function;

/**
 * One stored company. Immutable: a change produces a new value, which keeps concurrent readers
 * consistent without locks.
 *
 * @param sequence creation order, used for stable listing and scrolling
 */
record Company(
        String id,
        long sequence,
        String companyId,
        String name,
        Plan plan,
        Integer size,
        String website,
        String industry,
        long monthlySpend,
        Long remoteCreatedAt,
        long createdAt,
        long updatedAt,
        Long lastRequestAt,
        Map<String, Object> customAttributes) {

    static Company created(String id, long sequence, String companyId, long now) {
        return new Company(id, sequence, companyId, null, null, null, null, null, 0, null, now, now, null, Map.of());
    }

    Company apply(CompanyChanges changes, Function<String, Plan> plans, long now) {
        return new Company(
                id,
                sequence,
                companyId,
                orElse(changes.name(), name),
                changes.plan() == null ? plan : plans.apply(changes.plan()),
                orElse(changes.size(), size),
                orElse(changes.website(), website),
                orElse(changes.industry(), industry),
                orElse(changes.monthlySpend(), monthlySpend),
                orElse(changes.remoteCreatedAt(), remoteCreatedAt),
                createdAt,
                now,
                changes.touchLastRequest() ? Long.valueOf(now) : lastRequestAt,
                CustomAttributes.merge(customAttributes, changes.customAttributes()));
    }

    private static <T> T orElse(T sent, T current) {
        return sent != null ? sent : current;
    }
}
