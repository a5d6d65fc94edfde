package io.github.ateraintercom.transformer.contact;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.intercom.ContactCommand;
import io.github.ateraintercom.transformer.mapping.MappingResult;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContactToContactTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void contactWithAnEmailIsAUserWithEveryMappedField() {
        MappingResult<ContactCommand> result = ContactToContact.map(row("EndUserID", "501", "CustomerID", "11",
                "Firstname", "Ann", "Lastname", "Lee", "Email", "Ann.Lee@Acme.example", "Phone", "+33 1 23",
                "MobilePhone", "+33 6 45", "JobTitle", "CFO", "DepartmentName", "Finance", "CreatedOn", "2021-05-04T10:00:00Z"), UTC);

        assertThat(result).isEqualTo(new MappingResult.Mapped<>(new ContactCommand(new ContactBody("user", "501",
                "ann.lee@acme.example", "+33 1 23", "Ann Lee", 1620122400L,
                Map.of("job_title", "CFO", "department", "Finance", "mobile_phone", "+33 6 45")), "11")));
    }

    @Test
    void contactWithoutAnEmailIsALeadAndMobileStandsInForPhone() {
        MappingResult<ContactCommand> result = ContactToContact.map(row("EndUserID", "502", "Lastname", "Kim",
                "MobilePhone", "+1 555"), UTC);

        assertThat(result).isEqualTo(new MappingResult.Mapped<>(new ContactCommand(new ContactBody("lead", "502", null,
                "+1 555", "Kim", null, Map.of("mobile_phone", "+1 555")), null)));
    }

    @Test
    void malformedEmailAndUnreadableDateAreRefusedWithTheirColumn() {
        assertThat(ContactToContact.map(row("EndUserID", "503", "Email", "ann at acme"), UTC)).isEqualTo(
                new MappingResult.Refused<>("invalid-email", "Email", "'ann at acme' is not an email address"));
        assertThat(ContactToContact.map(row("EndUserID", "504", "CreatedOn", "last tuesday"), UTC))
                .isInstanceOfSatisfying(MappingResult.Refused.class, refused -> assertThat(refused.column()).isEqualTo("CreatedOn"));
        assertThat(ContactToContact.map(row("Email", "x@y.example"), UTC)).isEqualTo(
                new MappingResult.Refused<>("required", "EndUserID", "EndUserID is empty: it becomes the external_id"));
    }

    private static AteraRow row(String... columnsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            fields.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return new AteraRow(fields);
    }
}
