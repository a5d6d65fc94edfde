package io.github.ateraintercom.transformer.contact;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.DefaultMap;
import io.github.ateraintercom.common.mapping.Text;
import io.github.ateraintercom.transformer.mapping.AteraDates;
import io.github.ateraintercom.transformer.mapping.Attributes;
import io.github.ateraintercom.transformer.mapping.EmailAddresses;
import io.github.ateraintercom.transformer.mapping.FieldMap;
import io.github.ateraintercom.transformer.mapping.InvalidValue;
import io.github.ateraintercom.transformer.mapping.MappingResult;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The default map of an Atera contact to an Intercom contact: EndUserID → external_id; with an email
 * the contact is a {@code user}, without one a {@code lead} (Intercom keys users by email); Firstname
 * and Lastname → name; Phone (else MobilePhone) → phone; CreatedOn → signed_up_at; JobTitle,
 * DepartmentName, MobilePhone and custom fields → custom attributes; CustomerID → the company it
 * joins. The run's confirmed choices move or ignore any column but EndUserID, Email and CustomerID,
 * which identify the contact and its company. Phone and MobilePhone must be phone numbers.
 */
public final class ContactToContact {

    static final String USER = "user";
    static final String LEAD = "lead";

    static final Map<String, AttributeSpec> ATTRIBUTES = DefaultMap.of(FieldMap.CONTACTS).attributeColumns();

    /** Deliberately loose: Intercom is the judge of an address; this only catches what is plainly not one. */

    private ContactToContact() {
    }

    public static MappingResult<ContactCommand> map(AteraRow row, ZoneId accountZone, MappingChoices confirmed) {
        String externalId = Text.line(row.value("EndUserID"));
        if (externalId == null) {
            return new MappingResult.Refused<>("required", "EndUserID", "EndUserID is empty: it becomes the external_id");
        }
        String email = Text.line(row.value("Email"));
        if (email != null && !EmailAddresses.isAddress(email)) {
            return new MappingResult.Refused<>("invalid-email", "Email", "'" + email + "' is not an email address");
        }
        FieldMap fields = new FieldMap(FieldMap.CONTACTS, ATTRIBUTES, Set.of("Phone", "MobilePhone"), confirmed);
        try {
            String createdOn = fields.standard(row, "CreatedOn");
            Long signedUpAt = createdOn == null ? null : AteraDates.unixSeconds("CreatedOn", createdOn, accountZone);
            String phone = fields.standard(row, "Phone");
            if (phone == null) {
                phone = fields.standard(row, "MobilePhone");
            }
            Attributes attributes = fields.attributes(row, accountZone);
            ContactBody contact = new ContactBody(email != null ? USER : LEAD, externalId,
                    email == null ? null : email.toLowerCase(Locale.ROOT), phone, name(fields, row), signedUpAt, attributes.values());
            return new MappingResult.Mapped<>(new ContactCommand(contact, Text.line(row.value("CustomerID")), attributes.specs()));
        } catch (InvalidValue invalid) {
            return invalid.refusal();
        }
    }

    private static String name(FieldMap fields, AteraRow row) {
        String first = fields.standard(row, "Firstname");
        String last = fields.standard(row, "Lastname");
        return Text.line((first == null ? "" : first) + " " + (last == null ? "" : last));
    }
}
