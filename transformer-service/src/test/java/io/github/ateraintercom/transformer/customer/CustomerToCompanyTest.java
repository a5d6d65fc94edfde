package io.github.ateraintercom.transformer.customer;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.common.mapping.FieldTarget;
import io.github.ateraintercom.transformer.mapping.MappingResult;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerToCompanyTest {

    private static Map<String, String> customer() {
        Map<String, String> fields = new HashMap<>();
        fields.put("CustomerID", "1001");
        fields.put("CustomerName", "  Northwind Dental Group ");
        fields.put("CreatedOn", "2021-03-14T09:30:00Z");
        fields.put("Domain", "northwinddental.com");
        fields.put("Address", "1200 Harbor Blvd");
        fields.put("City", "Portland");
        fields.put("State", "OR");
        fields.put("Country", "United States");
        fields.put("ZipCodeStr", "97201");
        fields.put("Phone", "+1 503 555 0142");
        fields.put("Custom: Contract Tier", "Gold");
        return fields;
    }

    @Test
    void everyMappedFieldLandsOnTheCompany() {
        MappingResult<CompanyCommand> result = CustomerToCompany.map(new AteraRow(customer()), ZoneOffset.UTC, null);

        assertThat(result).isEqualTo(new MappingResult.Mapped<>(new CompanyCommand("1001", "Northwind Dental Group",
                "northwinddental.com", 1615714200L, Map.of("address", "1200 Harbor Blvd", "city", "Portland", "state", "OR",
                "country", "United States", "zip_code", "97201", "phone", "+1 503 555 0142", "contract_tier", "Gold"),
                List.of(atera("address", "Address"), atera("city", "City"), atera("state", "State"), atera("country", "Country"),
                        atera("zip_code", "ZipCodeStr"), atera("phone", "Phone"), AttributeSpec.text("contract_tier")))));
    }

    @Test
    void blankOptionalFieldsAreLeftOutRatherThanWrittenEmpty() {
        Map<String, String> fields = customer();
        fields.put("Domain", " ");
        fields.put("CreatedOn", "");
        fields.keySet().removeAll(List.of("Address", "City", "State", "Country", "ZipCodeStr", "Phone"));

        MappingResult<CompanyCommand> result = CustomerToCompany.map(new AteraRow(fields), ZoneOffset.UTC, null);

        assertThat(result).isEqualTo(new MappingResult.Mapped<>(new CompanyCommand("1001", "Northwind Dental Group", null, null,
                Map.of("contract_tier", "Gold"), List.of(AttributeSpec.text("contract_tier")))));
    }

    @Test
    void missingNameIsRefusedNamingTheColumn() {
        Map<String, String> fields = customer();
        fields.put("CustomerName", "");

        assertThat(CustomerToCompany.map(new AteraRow(fields), ZoneOffset.UTC, null)).isEqualTo(new MappingResult.Refused<>(
                "required", "CustomerName", "CustomerName is empty: an Intercom company needs a name"));
    }

    @Test
    void badCreationDateIsRefusedNamingTheColumn() {
        Map<String, String> fields = customer();
        fields.put("CreatedOn", "yesterday");

        assertThat(CustomerToCompany.map(new AteraRow(fields), ZoneOffset.UTC, null)).isEqualTo(new MappingResult.Refused<>(
                "invalid-date", "CreatedOn", "CreatedOn 'yesterday' is not an ISO-8601 date-time"));
    }

    @Test
    void confirmedMappingIgnoresAColumnRenamesAnotherAndMovesAStandardFieldToAnAttribute() {
        Map<String, String> fields = customer();
        fields.put("Notes", "Three clinics");
        fields.put("BusinessNumber", "NW-558201");
        AttributeSpec vat = AttributeSpec.text("vat_number");
        AttributeSpec domain = AttributeSpec.text("web_domain");
        MappingChoices confirmed = choices(Map.of("Notes", FieldTarget.ignore(), "BusinessNumber", FieldTarget.attribute(vat),
                "Domain", FieldTarget.attribute(domain), "CustomerName", FieldTarget.standard("name")));

        MappingResult<CompanyCommand> result = CustomerToCompany.map(new AteraRow(fields), ZoneOffset.UTC, confirmed);

        assertThat(result).isInstanceOfSatisfying(MappingResult.Mapped.class, mapped -> {
            CompanyCommand company = (CompanyCommand) mapped.command();
            assertThat(company.name()).isEqualTo("Northwind Dental Group");
            assertThat(company.website()).isNull();
            assertThat(company.customAttributes()).containsEntry("vat_number", "NW-558201").containsEntry("web_domain", "northwinddental.com")
                    .doesNotContainKeys("notes", "business_number");
            assertThat(company.attributeSpecs()).contains(vat, domain).doesNotContain(atera("notes", "Notes"));
        });
    }

    @Test
    void customFieldTakesTheTypeTheConfirmedMappingGivesIt() {
        AttributeSpec seats = new AttributeSpec("seats", AttributeType.INTEGER, List.of(), null);
        AttributeSpec renewal = new AttributeSpec("renewal", AttributeType.DATE, List.of(), null);
        Map<String, String> fields = customer();
        fields.put("Custom: Seats", " 12 ");
        fields.put("Custom: Renewal", "2026-01-31T00:00:00");

        MappingResult<CompanyCommand> result = CustomerToCompany.map(new AteraRow(fields), java.time.ZoneId.of("Europe/Paris"),
                choices(Map.of("Custom: Seats", FieldTarget.attribute(seats), "Custom: Renewal", FieldTarget.attribute(renewal))));

        assertThat(result).isInstanceOfSatisfying(MappingResult.Mapped.class, mapped -> {
            CompanyCommand company = (CompanyCommand) mapped.command();
            assertThat(company.customAttributes()).containsEntry("seats", 12L).containsEntry("renewal", 1769814000L)
                    .containsEntry("contract_tier", "Gold");
            assertThat(company.attributeSpecs()).contains(seats, renewal, AttributeSpec.text("contract_tier"));
        });
    }

    @Test
    void valueThatDoesNotFitItsTypeIsRefusedWithTheRuleAndTheColumn() {
        Map<String, String> fields = customer();
        fields.put("Custom: Seats", "twelve");
        MappingChoices confirmed = choices(Map.of("Custom: Seats",
                FieldTarget.attribute(new AttributeSpec("seats", AttributeType.INTEGER, List.of(), null))));

        assertThat(CustomerToCompany.map(new AteraRow(fields), ZoneOffset.UTC, confirmed)).isEqualTo(new MappingResult.Refused<>(
                "invalid-integer", "Custom: Seats", "Custom: Seats 'twelve' is not a whole number"));
    }

    @Test
    void faxThatIsNoPhoneNumberIsRefusedNamingTheColumn() {
        Map<String, String> fields = customer();
        fields.put("Fax", "12-34");

        assertThat(CustomerToCompany.map(new AteraRow(fields), ZoneOffset.UTC, null)).isEqualTo(new MappingResult.Refused<>(
                "invalid-phone", "Fax", "Fax '12-34' is not a phone number: it has fewer than 5 digits"));
    }

    @Test
    void multiLineNotesKeepTheirLineBreaks() {
        Map<String, String> fields = customer();
        fields.put("Notes", "Law firm;  strict change windows.\r\n\r\n\r\nNo work during court weeks. ");

        assertThat(CustomerToCompany.map(new AteraRow(fields), ZoneOffset.UTC, null)).isInstanceOfSatisfying(MappingResult.Mapped.class,
                mapped -> assertThat(((CompanyCommand) mapped.command()).customAttributes())
                        .containsEntry("notes", "Law firm; strict change windows.\n\nNo work during court weeks."));
    }

    private static MappingChoices choices(Map<String, FieldTarget> customers) {
        return new MappingChoices(2, null, null, null, null, Map.of("customers.csv", customers));
    }

    /** A default-map attribute: text, described by the column it comes from. */
    private static AttributeSpec atera(String name, String column) {
        return new AttributeSpec(name, AttributeType.STRING, List.of(), "Atera customers.csv " + column);
    }
}
