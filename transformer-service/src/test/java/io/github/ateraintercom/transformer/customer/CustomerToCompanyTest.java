package io.github.ateraintercom.transformer.customer;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.transformer.mapping.MappingResult;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        MappingResult<CompanyCommand> result = CustomerToCompany.map(new AteraRow(customer()), ZoneOffset.UTC);

        assertThat(result).isEqualTo(new MappingResult.Mapped<>(new CompanyCommand("1001", "Northwind Dental Group",
                "northwinddental.com", 1615714200L, Map.of("address", "1200 Harbor Blvd", "city", "Portland", "state", "OR",
                "country", "United States", "zip_code", "97201", "phone", "+1 503 555 0142", "contract_tier", "Gold"))));
    }

    @Test
    void blankOptionalFieldsAreLeftOutRatherThanWrittenEmpty() {
        Map<String, String> fields = customer();
        fields.put("Domain", " ");
        fields.put("CreatedOn", "");
        fields.keySet().removeAll(List.of("Address", "City", "State", "Country", "ZipCodeStr", "Phone"));

        MappingResult<CompanyCommand> result = CustomerToCompany.map(new AteraRow(fields), ZoneOffset.UTC);

        assertThat(result).isEqualTo(new MappingResult.Mapped<>(
                new CompanyCommand("1001", "Northwind Dental Group", null, null, Map.of("contract_tier", "Gold"))));
    }

    @Test
    void missingNameIsRefusedNamingTheColumn() {
        Map<String, String> fields = customer();
        fields.put("CustomerName", "");

        assertThat(CustomerToCompany.map(new AteraRow(fields), ZoneOffset.UTC)).isEqualTo(new MappingResult.Refused<>(
                "required", "CustomerName", "CustomerName is empty: an Intercom company needs a name"));
    }

    @Test
    void badCreationDateIsRefusedNamingTheColumn() {
        Map<String, String> fields = customer();
        fields.put("CreatedOn", "yesterday");

        assertThat(CustomerToCompany.map(new AteraRow(fields), ZoneOffset.UTC)).isEqualTo(new MappingResult.Refused<>(
                "invalid-date", "CreatedOn", "CreatedOn 'yesterday' is not an ISO-8601 date-time"));
    }
}
