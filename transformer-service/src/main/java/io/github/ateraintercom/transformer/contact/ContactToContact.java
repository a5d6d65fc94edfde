package io.github.ateraintercom.transformer.contact;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.transformer.mapping.AteraDates;
import io.github.ateraintercom.transformer.mapping.CustomColumns;
import io.github.ateraintercom.transformer.mapping.InvalidValue;
import io.github.ateraintercom.transformer.mapping.MappingResult;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The default map of an Atera contact to an Intercom contact: EndUserID → external_id; with an email
 * the contact is a {@code user}, without one a {@code lead} (Intercom keys users by email); Firstname
 * and Lastname → name; Phone (else MobilePhone) → phone; CreatedOn → signed_up_at; JobTitle,
 * DepartmentName, MobilePhone and custom fields → custom attributes; CustomerID → the company it joins.
 */
public final class ContactToContact {

    static final String USER = "user";
    static final String LEAD = "lead";

    /** Deliberately loose: Intercom is the judge of an address; this only catches what is plainly not one. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactToContact() {
    }

    public static MappingResult<ContactCommand> map(AteraRow row, ZoneId accountZone) {
        String externalId = row.value("EndUserID");
        if (externalId == null) {
            return new MappingResult.Refused<>("required", "EndUserID", "EndUserID is empty: it becomes the external_id");
        }
        String email = row.value("Email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            return new MappingResult.Refused<>("invalid-email", "Email", "'" + email + "' is not an email address");
        }
        try {
            String createdOn = row.value("CreatedOn");
            Long signedUpAt = createdOn == null ? null : AteraDates.unixSeconds("CreatedOn", createdOn, accountZone);
            String phone = row.value("Phone") != null ? row.value("Phone") : row.value("MobilePhone");
            ContactBody contact = new ContactBody(email != null ? USER : LEAD, externalId,
                    email == null ? null : email.toLowerCase(Locale.ROOT), phone, name(row), signedUpAt, attributes(row));
            return new MappingResult.Mapped<>(new ContactCommand(contact, row.value("CustomerID")));
        } catch (InvalidValue invalid) {
            return invalid.refusal();
        }
    }

    private static String name(AteraRow row) {
        String first = row.value("Firstname");
        String last = row.value("Lastname");
        if (first == null && last == null) {
            return null;
        }
        return first == null ? last : last == null ? first : first + " " + last;
    }

    private static Map<String, Object> attributes(AteraRow row) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        putIfPresent(attributes, "job_title", row.value("JobTitle"));
        putIfPresent(attributes, "department", row.value("DepartmentName"));
        putIfPresent(attributes, "mobile_phone", row.value("MobilePhone"));
        CustomColumns.addTo(attributes, row);
        return attributes.isEmpty() ? null : attributes;
    }

    private static void putIfPresent(Map<String, Object> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }
}
