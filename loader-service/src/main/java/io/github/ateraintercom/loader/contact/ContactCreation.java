package io.github.ateraintercom.loader.contact;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.loader.intercom.IntercomClient;
import io.github.ateraintercom.loader.intercom.IntercomError;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.intercom.SearchLag;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the Intercom contact of one Atera end user, after recording the intent, and tells how it
 * came about. When Intercom answers 409 (a contact with that email or external_id exists):
 * <ul>
 *   <li>the contact carries our external_id and this run may have sent it before (a lost answer, or
 *   another writer of the same end user): created by the run;</li>
 *   <li>it carries the external_id of another end user this run created or is creating: the two
 *   share an email, and this one is merged into it ("same email as EndUserID 2001"). The other's
 *   intent is durable before its create is sent, so two duplicates written at once on different
 *   partitions end the same way: whichever Intercom made first is created, the other merged;</li>
 *   <li>anything else existed before the run: adopted.</li>
 * </ul>
 */
@ApplicationScoped
class ContactCreation {

    /** Intercom names the existing contact in its conflict message: "... already exists with id=<id>". */
    private static final Pattern CONFLICTING_ID = Pattern.compile("with id=([0-9A-Za-z]+)");

    private final IntercomClient intercom;
    private final Ledger ledger;
    private final SearchLag searchLag;

    ContactCreation(IntercomClient intercom, Ledger ledger, SearchLag searchLag) {
        this.intercom = intercom;
        this.ledger = ledger;
        this.searchLag = searchLag;
    }

    /** {@code fromTicket}: the ticket whose end-user fields the contact is made from; null for a contact of the export. */
    Written create(IntercomTarget target, String runId, String sourceId, ContactBody body, String fromTicket) {
        boolean first = ledger.intend(runId, ObjectType.CONTACT, sourceId);
        AtomicBoolean answerLost = new AtomicBoolean(!first);
        String created = fromTicket == null ? null : "created from ticket " + fromTicket + "'s end-user fields";
        try {
            // after a lost answer the contact is looked for by its external_id: a user directly, a lead
            // through search until search has had its lag; should a create still be sent twice,
            // Intercom's 409 names the contact the first one made
            JsonNode answer = intercom.post(target, "/contacts", body, () -> {
                answerLost.set(true);
                return byExternalId(target, body);
            });
            String id = answer.path("id").asText(null);
            if (id == null) {
                throw new IntercomError(200, "unreadable_response", "POST /contacts answered without a contact id");
            }
            return new Written(id, LedgerEntry.Origin.CREATED, created);
        } catch (IntercomError e) {
            if (e.status() != 409) {
                throw e;
            }
            String existing = conflictingId(e);
            String owner = intercom.get(target, "/contacts/" + existing).path("external_id").asText(null);
            if (Objects.equals(owner, body.externalId())) {
                return answerLost.get() ? new Written(existing, LedgerEntry.Origin.CREATED, created) : adopted(existing, fromTicket);
            }
            boolean runsOwn = owner != null && ledger.find(runId, ObjectType.CONTACT, owner)
                    .filter(other -> other.origin != LedgerEntry.Origin.ADOPTED).isPresent();
            return runsOwn ? new Written(existing, LedgerEntry.Origin.MERGED, "same email as EndUserID " + owner)
                    : adopted(existing, fromTicket);
        }
    }

    private static Written adopted(String id, String fromTicket) {
        return new Written(id, LedgerEntry.Origin.ADOPTED,
                fromTicket == null ? null : "an existing Intercom contact matched ticket " + fromTicket + "'s end-user fields");
    }

    /** Intercom finds users by external_id without search's lag; leads only through search. */
    private Optional<JsonNode> byExternalId(IntercomTarget target, ContactBody body) {
        if (!"lead".equals(body.role())) {
            try {
                return Optional.of(intercom.get(target, "/contacts/find_by_external_id/"
                        + URLEncoder.encode(body.externalId(), StandardCharsets.UTF_8).replace("+", "%20")));
            } catch (IntercomError e) {
                if (e.status() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        }
        return searchLag.settled(() -> {
            JsonNode found = intercom.post(target, "/contacts/search",
                    Map.of("query", Map.of("field", "external_id", "operator", "=", "value", body.externalId())));
            return found.path("data").isEmpty() ? Optional.empty() : Optional.of(found.path("data").path(0));
        });
    }

    private static String conflictingId(IntercomError conflict) {
        Matcher matcher = CONFLICTING_ID.matcher(String.valueOf(conflict.detail()));
        if (!matcher.find()) {
            throw new IntercomError(409, conflict.code(), "a contact already exists but Intercom did not name it: " + conflict.detail());
        }
        return matcher.group(1);
    }

    /** The contact's Intercom id, how the run came by it, and what the operator is told about that (null: nothing). */
    record Written(String id, LedgerEntry.Origin origin, String detail) {
    }
}
