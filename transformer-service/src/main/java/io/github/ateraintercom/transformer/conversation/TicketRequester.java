package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.intercom.Requester;
import io.github.ateraintercom.transformer.mapping.EmailAddresses;

/**
 * The ticket's copy of its end user (EndUserID, EndUserEmail, EndUserFirstName, EndUserLastName,
 * EndUserPhone), normalised like a contact: the email lower-cased, and left out when it is plainly
 * not an address, so a contact made from it is a lead rather than a user with a bad address.
 */
final class TicketRequester {

    private TicketRequester() {
    }

    static Requester of(AteraRow ticket) {
        return new Requester(ticket.value("EndUserID"), EmailAddresses.normalised(ticket.value("EndUserEmail")).orElse(null),
                ticket.value("EndUserFirstName"), ticket.value("EndUserLastName"), ticket.value("EndUserPhone"));
    }
}
