package io.github.ateraintercom.sandbox.company;

import java.util.Map;

/**
 * The attributes one create-or-update or update request sets; {@code null} leaves an attribute as it
 * is. In {@code customAttributes} a {@code null} value clears that attribute.
 */
record CompanyChanges(
        String name,
        String plan,
        Integer size,
        String website,
        String industry,
        Long monthlySpend,
        Long remoteCreatedAt,
        boolean touchLastRequest,
        Map<String, Object> customAttributes) {
}
