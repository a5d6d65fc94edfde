package io.github.ateraintercom.loader.contact;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.Requester;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.ledger.ContentHash;
import io.github.ateraintercom.loader.ledger.Ledger;
import io.github.ateraintercom.loader.ledger.LedgerEntry;
import io.github.ateraintercom.loader.verify.Expectations;
import io.github.ateraintercom.loader.verify.Expected;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Settles the end user who opens a ticket's conversation before anything of it is written:
 * <ul>
 *   <li>a contact the run wrote opens it (merged duplicates through the contact they share);</li>
 *   <li>a contact that came through the contacts topic but was held or failed: the conversation is
 *   held with that reason, never opened by a second contact;</li>
 *   <li>an end user unknown to the run (not in the export, or rejected by the transformer): with
 *   the run's choice {@code hold} the conversation is held; with {@code contact} (the default) a
 *   contact is made from the ticket's end-user fields (a user with an email, a lead without, unless
 *   the run queues contacts without email, then the conversation is held) and recorded as the end
 *   user's contact, so a rollback removes it and the next ticket of the same end user finds it.</li>
 * </ul>
 * What was decided is told to the operator as a detail of the conversation's result.
 */
@ApplicationScoped
public class RequesterContacts {

    private final Ledger ledger;
    private final UnwrittenContacts unwritten;
    private final ContactCreation creation;
    private final Expectations expectations;

    RequesterContacts(Ledger ledger, UnwrittenContacts unwritten, ContactCreation creation, Expectations expectations) {
        this.ledger = ledger;
        this.unwritten = unwritten;
        this.creation = creation;
        this.expectations = expectations;
    }

    /** The conversation's end user settled: held with a reason, or ready to open it, with what the operator is told (null: nothing). */
    public record Settled(String heldReason, String detail) {
        public boolean held() {
            return heldReason != null;
        }
    }

    /** {@code baseRuns}: the runs a delta builds on, whose contacts it uses when it has not written them itself. */
    public Settled settle(String runId, List<String> baseRuns, IntercomTarget target, MappingChoices mapping, String ticketId,
                          ConversationCommand conversation) {
        String endUserId = conversation.contactId();
        Optional<LedgerEntry> written = ledger.resolve(runId, baseRuns, ObjectType.CONTACT, endUserId);
        if (written.isPresent()) {
            return opened(endUserId, written.get());
        }
        Optional<String> why = unwritten.why(runId, endUserId);
        if (why.isPresent()) {
            return new Settled("its contact EndUserID " + endUserId + " is not in Intercom: " + why.get(), null);
        }
        Requester requester = conversation.requester();
        if (requester == null) {
            // a command from before tickets carried their end user: nothing to make a contact from
            return new Settled(null, null);
        }
        if (mapping.holdsUnknownRequesters()) {
            return new Settled("its end user EndUserID " + endUserId + " matches no contact", requester.describe());
        }
        if (requester.email() == null && mapping.queuesContactsWithoutEmail()) {
            return new Settled("its end user EndUserID " + endUserId + " matches no contact and has no email: the run holds "
                    + "contacts without email in the resolution queue", requester.describe());
        }
        ContactBody body = new ContactBody(requester.email() != null ? "user" : "lead", endUserId, requester.email(),
                requester.phone(), requester.name(), null, null);
        ContactCreation.Written made = creation.create(target, runId, endUserId, body, ticketId);
        LedgerEntry recorded = ledger.record(runId, ObjectType.CONTACT, endUserId, made.id(), ContentHash.of(body), made.origin(),
                made.detail());
        expectations.record(runId, ObjectType.CONTACT, endUserId, Expected.contact(body, null, recorded.origin));
        return opened(endUserId, recorded);
    }

    /** The operator is told how the contact came about; not what a delta changed of it (its own result says so). */
    private static Settled opened(String endUserId, LedgerEntry contact) {
        boolean told = contact.detail != null && contact.origin != LedgerEntry.Origin.UPDATED
                && contact.origin != LedgerEntry.Origin.UNCHANGED;
        return new Settled(null, told ? "end user EndUserID " + endUserId + ": " + contact.detail : null);
    }
}
