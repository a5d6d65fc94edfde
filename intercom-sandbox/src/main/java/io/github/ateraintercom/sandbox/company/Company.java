package io.github.ateraintercom.sandbox.company;

import java.util.Collections;
import java.util.LinkedHashMap;
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
                merge(customAttributes, changes.customAttributes()));
    }

    /** Sent attributes replace stored ones and a sent {@code null} clears one; the rest are kept. */
    private static Map<String, Object> merge(Map<String, Object> current, Map<String, Object> sent) {
        if (sent == null) {
            return current;
        }
        Map<String, Object> merged = new LinkedHashMap<>(current);
        sent.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        return Collections.unmodifiableMap(merged);
    }

    private static <T> T orElse(T sent, T current) {
        return sent != null ? sent : current;
    }
}
