package io.github.ateraintercom.transformer.contact;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.common.mapping.FieldTarget;
import io.github.ateraintercom.transformer.mapping.MappingResult;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContactToContactTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void contactWithAnEmailIsAUserWithEveryMappedField() {
        MappingResult<ContactCommand> result = ContactToContact.map(row("EndUserID", "501", "CustomerID", "11",
                "Firstname", "Ann", "Lastname", "Lee", "Email", "Ann.Lee@Acme.example", "Phone", "+33 1 23",
                "MobilePhone", "+33 6 45", "JobTitle", "CFO", "DepartmentName", "Finance", "CreatedOn", "2021-05-04T10:00:00Z"), UTC,
                null);

        assertThat(result).isEqualTo(new MappingResult.Mapped<>(new ContactCommand(new ContactBody("user", "501",
                "ann.lee@acme.example", "+33 1 23", "Ann Lee", 1620122400L,
                Map.of("job_title", "CFO", "department", "Finance", "mobile_phone", "+33 6 45")), "11",
                List.of(atera("mobile_phone", "MobilePhone"), atera("job_title", "JobTitle"), atera("department", "DepartmentName")))));
    }

    @Test
    void contactWithoutAnEmailIsALeadAndMobileStandsInForPhone() {
        MappingResult<ContactCommand> result = ContactToContact.map(row("EndUserID", "502", "Lastname", "Kim",
                "MobilePhone", "+1 555-0101"), UTC, null);

        assertThat(result).isEqualTo(new MappingResult.Mapped<>(new ContactCommand(new ContactBody("lead", "502", null,
                "+1 555 0101", "Kim", null, Map.of("mobile_phone", "+1 555 0101")), null, List.of(atera("mobile_phone", "MobilePhone")))));
    }

    @Test
    void malformedEmailAndUnreadableDateAreRefusedWithTheirColumn() {
        assertThat(ContactToContact.map(row("EndUserID", "503", "Email", "ann at acme"), UTC, null)).isEqualTo(
                new MappingResult.Refused<>("invalid-email", "Email", "'ann at acme' is not an email address"));
        assertThat(ContactToContact.map(row("EndUserID", "504", "CreatedOn", "last tuesday"), UTC, null))
                .isInstanceOfSatisfying(MappingResult.Refused.class, refused -> assertThat(refused.column()).isEqualTo("CreatedOn"));
        assertThat(ContactToContact.map(row("Email", "x@y.example"), UTC, null)).isEqualTo(
                new MappingResult.Refused<>("required", "EndUserID", "EndUserID is empty: it becomes the external_id"));
    }

    @Test
    void phoneNumbersAreNormalisedAndOneWithLettersIsRefusedNamingItsColumn() {
        assertThat(ContactToContact.map(row("EndUserID", "505", "Phone", "(503) 555.0142 x12"), UTC, null))
                .isInstanceOfSatisfying(MappingResult.Mapped.class, mapped ->
                        assertThat(((ContactCommand) mapped.command()).contact().phone()).isEqualTo("(503) 555 0142 ext. 12"));
        assertThat(ContactToContact.map(row("EndUserID", "506", "Phone", "+1 503 555 0142", "MobilePhone", "call reception"), UTC, null))
                .isEqualTo(new MappingResult.Refused<>("invalid-phone", "MobilePhone", "MobilePhone 'call reception' is not a phone number: "
                        + "only digits, spaces, + ( ) . - / and an extension (x, ext, #) are allowed"));
    }

    @Test
    void namesAreUnicodeNormalisedWithTheirWhitespaceTidied() {
        MappingResult<ContactCommand> result = ContactToContact.map(row("EndUserID", "507", "Firstname", "  Ame\u0301lie\u00A0 ",
                "Lastname", "Poulain\t"), UTC, null);

        assertThat(result).isInstanceOfSatisfying(MappingResult.Mapped.class, mapped ->
                assertThat(((ContactCommand) mapped.command()).contact().name()).isEqualTo("Am\u00E9lie Poulain"));
    }

    @Test
    void confirmedMappingIgnoresTheMobileAndTypesTheJobTitleAsAList() {
        AttributeSpec role = new AttributeSpec("role_kind", AttributeType.LIST, List.of("Owner", "Staff"), null);
        MappingChoices confirmed = new MappingChoices(2, null, null, null, null, Map.of("contacts.csv", Map.of(
                "MobilePhone", FieldTarget.ignore(), "JobTitle", FieldTarget.attribute(role))));

        MappingResult<ContactCommand> result = ContactToContact.map(row("EndUserID", "508", "Email", "a@b.example",
                "MobilePhone", "not a number", "JobTitle", "owner"), UTC, confirmed);

        assertThat(result).isEqualTo(new MappingResult.Mapped<>(new ContactCommand(new ContactBody("user", "508", "a@b.example",
                null, null, null, Map.of("role_kind", "Owner")), null, List.of(role))));
        assertThat(ContactToContact.map(row("EndUserID", "509", "JobTitle", "Intern"), UTC, confirmed)).isEqualTo(
                new MappingResult.Refused<>("invalid-option", "JobTitle", "JobTitle 'Intern' is not one of its options [Owner, Staff]"));
    }

    private static AteraRow row(String... columnsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            fields.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return new AteraRow(fields);
    }

    /** A default-map attribute: text, described by the column it comes from. */
    private static AttributeSpec atera(String name, String column) {
        return new AttributeSpec(name, AttributeType.STRING, List.of(), "Atera contacts.csv " + column);
    }
}
