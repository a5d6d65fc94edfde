package io.github.ateraintercom.sandbox.conversation;

import java.util.Map;

/**
 * What a {@code PUT /conversations/{id}} sets; {@code null} leaves a field as it is. A sent
 * {@code company_id} of {@code null} removes the company, so whether it was sent is kept apart.
 */
record ConversationChanges(
        String title,
        Boolean read,
        boolean companySent,
        String companyId,
        Map<String, Object> customAttributes) {
}
